// Reads a Server Action form out of a page the way a browser without JavaScript submits it:
// React renders the action's id, its bound arguments and its state as hidden fields, so posting
// every field of the form (with our own values for the visible ones) calls the action for real.
import { DomUtils, parseDocument } from "htmlparser2";
import type { Element } from "domhandler";

export type FormFields = [string, string][];

function isElement(node: unknown): node is Element {
  return typeof node === "object" && node !== null && (node as Element).type === "tag";
}

function formOf(node: Element): Element | null {
  let current: Element | null = node;
  while (current && current.name !== "form") current = isElement(current.parent) ? current.parent : null;
  return current;
}

function fieldsOf(form: Element, clicked: Element): FormFields {
  const fields: FormFields = [];
  for (const element of DomUtils.findAll((node) => ["input", "textarea", "select"].includes(node.name), [form])) {
    const name = element.attribs.name;
    if (!name || element.attribs.disabled !== undefined) continue;
    if (element.name === "textarea") fields.push([name, DomUtils.textContent(element)]);
    else if (element.name === "select") {
      const options = DomUtils.findAll((node) => node.name === "option", [element]);
      const chosen = options.find((option) => option.attribs.selected !== undefined) ?? options[0];
      if (chosen) fields.push([name, chosen.attribs.value ?? DomUtils.textContent(chosen)]);
    } else {
      const type = (element.attribs.type ?? "text").toLowerCase();
      if (["submit", "button", "image", "reset", "file"].includes(type)) continue;
      if ((type === "checkbox" || type === "radio") && element.attribs.checked === undefined) continue;
      fields.push([name, element.attribs.value ?? (type === "checkbox" ? "on" : "")]);
    }
  }
  if (clicked.attribs.name) fields.push([clicked.attribs.name, clicked.attribs.value ?? ""]);
  return fields;
}

// The fields of the form whose submit button's text starts with `button` ("Kudos ♥" is "Kudos").
export function findActionForm(html: string, button: string): FormFields | null {
  const document = parseDocument(html);
  const buttons = DomUtils.findAll(
    (node) => node.name === "button" && (node.attribs.type ?? "submit") === "submit" && DomUtils.textContent(node).trim().startsWith(button),
    document.children,
  );
  for (const candidate of buttons) {
    const form = formOf(candidate);
    if (form) return fieldsOf(form, candidate);
  }
  return null;
}

// The fields with some replaced or added; a field named in `values` keeps one value only.
export function withValues(fields: FormFields, values: Record<string, string | string[]>): FormFields {
  const kept = fields.filter(([name]) => !(name in values));
  const added = Object.entries(values).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((item): [string, string] => [name, item]));
  return [...kept, ...added];
}

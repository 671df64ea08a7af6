"use client";

import { useEffect, useId, useRef, useState } from "react";
import { FieldErrors } from "@/components/ui/field-errors";

type Props = {
  label: string;
  name: string;
  type: string;
  defaultValue?: string;
  errors?: string[];
  hint?: string;
};

// A comma-separated tag field that suggests existing tags of its type, most used first, for the
// tag being typed (the text after the last comma). Without JavaScript it is a plain text input.
export function TagInput({ label, name, type, defaultValue = "", errors, hint }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(defaultValue);
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [active, setActive] = useState(-1);
  // Suggestions answer typing only: a form that opens with saved tags shows no list.
  const [typing, setTyping] = useState(false);
  const current = typing ? (value.split(",").at(-1)?.trim() ?? "") : "";

  useEffect(() => {
    if (current.length < 1) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/tags/autocomplete?type=${type}&q=${encodeURIComponent(current)}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { tags: [] }))
        .then((data: { tags: { name: string }[] }) => {
          setSuggestions(data.tags.map((tag) => tag.name));
          setActive(-1);
        })
        .catch(() => {});
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [current, type]);

  const shown = current ? suggestions : [];

  function choose(tag: string) {
    const done = value.split(",").slice(0, -1).map((part) => part.trim()).filter(Boolean);
    setValue([...done, tag].join(", ") + ", ");
    setSuggestions([]);
    input.current?.focus();
  }

  const listId = `${id}-suggestions`;
  return (
    <div className="relative">
      <label htmlFor={id} className="block font-semibold">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-sm text-stone-600">{hint}</p>}
      <input
        ref={input}
        id={id}
        name={name}
        value={value}
        autoComplete="off"
        role="combobox"
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setTyping(true);
        }}
        onKeyDown={(event) => {
          if (shown.length === 0) return;
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setActive((index) => (index + 1) % shown.length);
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((index) => (index <= 0 ? shown.length - 1 : index - 1));
          } else if (event.key === "Enter" && active >= 0) {
            event.preventDefault();
            choose(shown[active]!);
          } else if (event.key === "Escape") {
            setSuggestions([]);
          }
        }}
        className="mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1.5 aria-invalid:border-red-700"
      />
      {shown.length > 0 && (
        <ul id={listId} role="listbox" aria-label={`${label} suggestions`} className="absolute z-10 mt-1 w-full rounded border border-stone-300 bg-white shadow">
          {shown.map((tag, index) => (
            <li
              key={tag}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(tag);
              }}
              className={`cursor-pointer px-2 py-1 ${index === active ? "bg-red-100" : "hover:bg-stone-100"}`}
            >
              {tag}
            </li>
          ))}
        </ul>
      )}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

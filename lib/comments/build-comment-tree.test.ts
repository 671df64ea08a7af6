import { describe, expect, test } from "vitest";
import { buildCommentTree, type CommentNode } from "@/lib/comments/build-comment-tree";

type Row = { id: number; parentId: number | null; deletedAt: Date | null };
const row = (id: number, parentId: number | null, deleted = false): Row => ({ id, parentId, deletedAt: deleted ? new Date(0) : null });
const shape = (nodes: CommentNode<Row>[]): unknown => nodes.map((node) => (node.replies.length ? [node.id, shape(node.replies)] : node.id));

describe("buildCommentTree", () => {
  test("nests replies under their parents, oldest first at every level", () => {
    const tree = buildCommentTree([row(1, null), row(2, null), row(3, 1), row(4, 3), row(5, 1), row(6, 2)]);
    expect(shape(tree)).toEqual([[1, [[3, [4]], 5]], [2, [6]]]);
  });

  test("with a root id, returns that comment and its replies only", () => {
    const tree = buildCommentTree([row(1, null), row(2, 1), row(3, 2), row(4, 1), row(5, 3)], 2);
    expect(shape(tree)).toEqual([[2, [[3, [5]]]]]);
  });

  test("leaves out replies whose parent the reader cannot see", () => {
    const tree = buildCommentTree([row(1, null), row(3, 2), row(4, 3)]);
    expect(shape(tree)).toEqual([1]);
  });

  test("keeps a deleted comment while a reply hangs below it, and drops it otherwise", () => {
    const tree = buildCommentTree([row(1, null, true), row(2, 1), row(3, null, true), row(4, null), row(5, 4, true)]);
    expect(shape(tree)).toEqual([[1, [2]], 4]);
  });

  test("drops a chain of deleted comments with nothing visible below", () => {
    expect(buildCommentTree([row(1, null, true), row(2, 1, true), row(3, 2, true)])).toEqual([]);
  });

  test("an empty list is an empty tree, and a missing root finds nothing", () => {
    expect(buildCommentTree([])).toEqual([]);
    expect(buildCommentTree([row(1, null)], 9)).toEqual([]);
  });
});

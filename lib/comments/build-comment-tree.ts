type TreeInput = { id: number; parentId: number | null; deletedAt: Date | null; mutedAuthor?: boolean };

export type CommentNode<T extends TreeInput> = T & { replies: CommentNode<T>[] };

// Builds threads from one flat, oldest-first list (one query per page, no query per level).
// Without rootId the roots are top-level comments; with it, the one comment and what hangs below.
// A comment whose parent is not in the list (hidden from this reader) is left out with its replies,
// and a deleted comment (or a muted author's) stays only as long as something visible still hangs below it.
export function buildCommentTree<T extends TreeInput>(comments: readonly T[], rootId?: number): CommentNode<T>[] {
  const nodes = new Map<number, CommentNode<T>>();
  for (const comment of comments) nodes.set(comment.id, { ...comment, replies: [] });
  const roots: CommentNode<T>[] = [];
  for (const node of nodes.values()) {
    if (rootId === undefined ? node.parentId === null : node.id === rootId) roots.push(node);
    else if (node.parentId !== null && node.id !== rootId) nodes.get(node.parentId)?.replies.push(node);
  }
  return prune(roots);
}

function prune<T extends TreeInput>(nodes: CommentNode<T>[]): CommentNode<T>[] {
  const kept: CommentNode<T>[] = [];
  for (const node of nodes) {
    node.replies = prune(node.replies);
    if ((node.deletedAt === null && !node.mutedAuthor) || node.replies.length > 0) kept.push(node);
  }
  return kept;
}

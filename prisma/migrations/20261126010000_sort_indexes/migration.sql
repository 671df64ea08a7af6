-- The works index offers eight sorts (lib/works/work-filter-sql.ts ORDER_BY_SQL). The first
-- migration indexed four (updated, posted, kudos, words); these are the other four, in the same
-- shape, so a page of any sort is read in index order instead of sorting every visible work.

-- CreateIndex
CREATE INDEX "works_posted_restricted_comments_count_id_idx" ON "works"("posted", "restricted", "comments_count" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "works_posted_restricted_bookmarks_count_id_idx" ON "works"("posted", "restricted", "bookmarks_count" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "works_posted_restricted_hits_count_id_idx" ON "works"("posted", "restricted", "hits_count" DESC, "id" DESC);

-- The title sort is lower(title) ASC, id ASC. An expression index, so not declared in
-- schema.prisma (Prisma has no syntax for it); see the comment on model Work.
CREATE INDEX "works_posted_restricted_lower_title_id_idx" ON "works"("posted", "restricted", lower("title"), "id");

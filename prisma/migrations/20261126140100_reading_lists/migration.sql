-- Reading lists: named lists of a user's own bookmarks, public or private; a bookmark (so a work)
-- can sit in several lists of its owner. An item carries the owner's id so that two composite
-- foreign keys prove, in the database, that the list and the bookmark belong to the same user.
-- The caps (lists per user, works per list) are counted under a lock in lib/reading-lists.
CREATE TABLE "reading_lists" (
    "id" SERIAL NOT NULL,
    "owner_id" INTEGER NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "private" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reading_lists_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "reading_lists_name_not_blank" CHECK (btrim("name") <> ''),
    CONSTRAINT "reading_lists_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- One list of a name per owner, whatever the case.
CREATE UNIQUE INDEX "reading_lists_owner_id_name_key" ON "reading_lists"("owner_id", lower("name"));
CREATE UNIQUE INDEX "reading_lists_id_owner_id_key" ON "reading_lists"("id", "owner_id");

-- The target of the items' (bookmark, owner) foreign key.
CREATE UNIQUE INDEX "bookmarks_id_user_id_key" ON "bookmarks"("id", "user_id");

CREATE TABLE "reading_list_items" (
    "list_id" INTEGER NOT NULL,
    "bookmark_id" INTEGER NOT NULL,
    "owner_id" INTEGER NOT NULL,
    "added_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reading_list_items_pkey" PRIMARY KEY ("list_id", "bookmark_id"),
    CONSTRAINT "reading_list_items_list_fkey" FOREIGN KEY ("list_id", "owner_id") REFERENCES "reading_lists"("id", "owner_id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "reading_list_items_bookmark_fkey" FOREIGN KEY ("bookmark_id", "owner_id") REFERENCES "bookmarks"("id", "user_id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX "reading_list_items_bookmark_id_idx" ON "reading_list_items"("bookmark_id");
CREATE INDEX "reading_list_items_list_id_added_at_idx" ON "reading_list_items"("list_id", "added_at" DESC);

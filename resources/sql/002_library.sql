-- The content library. Built-in items are stored as shipped and replaced whenever the app's
-- content changes; the clinic's own items, her versions of built-in items and what she hid live
-- in library_clinic, which no upgrade touches.

CREATE TABLE library_builtin (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,    -- the order the content files give
    kind TEXT NOT NULL,
    data TEXT NOT NULL,           -- the item as JSON (core/library.h)
    hash TEXT NOT NULL            -- SHA-256 of data: tells when an original changed
);

CREATE TABLE library_clinic (
    id TEXT PRIMARY KEY,          -- a built-in item's id (her version of it) or her own item's
    kind TEXT NOT NULL,
    data TEXT,                    -- NULL when she only hid a built-in item
    hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    based_on_hash TEXT,           -- the built-in original she edited
    updated_at TEXT NOT NULL
);

CREATE TABLE app_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

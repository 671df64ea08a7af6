// Bridges two gaps in @prisma/adapter-pg 6.19.3 when it drives the wasm schema engine
// (prisma/orm issue 27403); see TOOLCHAIN.md. Pinned to 6.19.3 because it touches internals.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const TEXT = 25;
const TEXT_ARRAY = 1009;
const NAME_ARRAY = 1003;
// Catalog column types (char, name, int2vector, regproc, xid, oidvector, pg_node_tree,
// aclitem[], regtype, regconfig) that the adapter cannot deserialise; text is enough for
// what the schema engine reads from them.
const CATALOG_TYPES_READ_AS_TEXT = new Set([18, 19, 22, 24, 28, 30, 194, 1033, 2205, 2206]);

type Field = { dataTypeID: number };
type QueryResult = { fields?: Field[] } | undefined;
type Queryable = {
  performIO: (query: unknown) => Promise<QueryResult | QueryResult[]>;
  startTransaction?: (isolationLevel?: string) => Promise<Queryable>;
  executeScript?: (script: string) => Promise<void>;
  client: pg.Pool | pg.PoolClient;
  onError: (error: unknown) => never;
};

function readCatalogTypesAsText<T>(adapter: T): T {
  const queryable = adapter as unknown as Queryable;
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const part of Array.isArray(result) ? result : [result]) {
      for (const field of part?.fields ?? []) {
        if (CATALOG_TYPES_READ_AS_TEXT.has(field.dataTypeID)) field.dataTypeID = TEXT;
        else if (field.dataTypeID === NAME_ARRAY) field.dataTypeID = TEXT_ARRAY;
      }
    }
    return result;
  };
  const startTransaction = queryable.startTransaction?.bind(queryable);
  if (startTransaction) {
    queryable.startTransaction = async (isolationLevel) =>
      readCatalogTypesAsText(await startTransaction(isolationLevel));
  }
  // The adapter splits scripts on ";", which breaks $$-quoted plpgsql: send each script whole.
  if (queryable.executeScript) {
    queryable.executeScript = async (script) => {
      try {
        await queryable.client.query(script);
      } catch (error) {
        queryable.onError(error);
      }
    };
  }
  return adapter;
}

function connectionFields(connectionString: string) {
  const url = new URL(connectionString);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1),
  };
}

export function schemaEngineAdapter(connectionString: string) {
  // allowExitOnIdle: idle pooled sockets must not keep a finished CLI command alive.
  const factory = new PrismaPg({ connectionString, allowExitOnIdle: true });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => readCatalogTypesAsText(await connect());

  // Upstream's shadow database connects to the main database (its spread connectionString wins
  // over `database`) and drops the database before closing its pool.
  factory.connectToShadowDb = async () => {
    const admin = new pg.Client({ connectionString });
    await admin.connect();
    const database = `prisma_shadow_${process.pid}_${Date.now()}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    const shadowFactory = new PrismaPg({
      ...connectionFields(connectionString),
      database,
      allowExitOnIdle: true,
    });
    const shadow = readCatalogTypesAsText(await shadowFactory.connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      const cleanup = new pg.Client({ connectionString });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await cleanup.end();
    };
    return shadow;
  };
  return factory;
}

// Static checks of the deployment files (docker-compose.yml, Dockerfile, .dockerignore).
// Nothing is started: the files are parsed and the service graph is checked.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const root = fileURLToPath(new URL('../../', import.meta.url));
const composePath = `${root}docker-compose.yml`;
const dockerfilePath = `${root}Dockerfile`;
const dockerignorePath = `${root}.dockerignore`;

// ---------------------------------------------------------------------------
// Schema: only the parts of the compose spec these checks read.
// ---------------------------------------------------------------------------

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const environmentSchema = z.union([z.record(z.string(), scalar), z.array(z.string())]);
const commandSchema = z.union([z.string(), z.array(z.string())]);
const healthcheckSchema = z.object({
  test: commandSchema.optional(),
  disable: z.boolean().optional(),
  interval: z.string().optional(),
  timeout: z.string().optional(),
  retries: z.number().int().optional(),
  start_period: z.string().optional(),
});
const dependsOnSchema = z.union([
  z.array(z.string()),
  z.record(
    z.string(),
    z.object({
      condition: z.string().optional(),
      restart: z.boolean().optional(),
      required: z.boolean().optional(),
    }),
  ),
]);
const portSchema = z.union([
  z.string(),
  z.number(),
  z.object({
    target: z.union([z.number(), z.string()]),
    published: z.union([z.number(), z.string()]).optional(),
    host_ip: z.string().optional(),
    protocol: z.string().optional(),
  }),
]);
const buildSchema = z.union([
  z.string(),
  z.object({ context: z.string().optional(), dockerfile: z.string().optional() }),
]);
const serviceSchema = z.object({
  image: z.string().optional(),
  build: buildSchema.optional(),
  command: commandSchema.optional(),
  environment: environmentSchema.optional(),
  depends_on: dependsOnSchema.optional(),
  healthcheck: healthcheckSchema.optional(),
  ports: z.array(portSchema).optional(),
  restart: z.string().optional(),
  container_name: z.string().optional(),
  deploy: z.object({ replicas: z.number().int().optional() }).optional(),
});
const composeSchema = z.looseObject({
  services: z.record(z.string(), serviceSchema),
  volumes: z.record(z.string(), z.union([z.null(), z.record(z.string(), z.unknown())])).optional(),
});

type Compose = z.infer<typeof composeSchema>;
type Service = z.infer<typeof serviceSchema>;

// ---------------------------------------------------------------------------
// Helpers (pure; exercised on bad inputs below so the checks can be seen to fail).
// ---------------------------------------------------------------------------

const VALID_CONDITIONS = new Set(['service_started', 'service_healthy', 'service_completed_successfully']);

/** Compose variable interpolation with an (empty by default) environment: ${V}, ${V:-d}, ${V-d}, ${V:?e}, $$. */
function interpolate(value: string, env: Readonly<Record<string, string>> = {}): string {
  return value.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g,
    (match, name: unknown, op: unknown, arg: unknown) => {
      if (match === '$$') return '$';
      if (typeof name !== 'string') return match;
      const set = env[name];
      const fallback = typeof arg === 'string' ? arg : '';
      switch (op) {
        case ':-':
          return set !== undefined && set !== '' ? set : fallback;
        case '-':
          return set ?? fallback;
        case ':?':
        case '?':
          if (set === undefined || (op === ':?' && set === ''))
            throw new Error(`required variable ${name}: ${fallback}`);
          return set;
        default:
          return set ?? '';
      }
    },
  );
}

function environmentOf(service: Service): Map<string, string> {
  const env = new Map<string, string>();
  const raw = service.environment;
  if (raw === undefined) return env;
  if (Array.isArray(raw)) {
    for (const entry of raw) {
      const eq = entry.indexOf('=');
      if (eq > 0) env.set(entry.slice(0, eq), entry.slice(eq + 1));
    }
    return env;
  }
  for (const [key, value] of Object.entries(raw)) {
    if (value !== null) env.set(key, String(value));
  }
  return env;
}

interface Dependency {
  readonly service: string;
  readonly condition: string;
}

function dependenciesOf(service: Service): Dependency[] {
  const raw = service.depends_on;
  if (raw === undefined) return [];
  if (Array.isArray(raw)) return raw.map((name) => ({ service: name, condition: 'service_started' }));
  return Object.entries(raw).map(([name, spec]) => ({ service: name, condition: spec.condition ?? 'service_started' }));
}

/** The tag of an image reference (undefined when absent); a registry port is not a tag. */
function imageTag(ref: string): string | undefined {
  const withoutDigest = ref.split('@')[0] ?? ref;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const lastColon = withoutDigest.lastIndexOf(':');
  return lastColon > lastSlash ? withoutDigest.slice(lastColon + 1) : undefined;
}

/** Container-side ports of a service's `ports:` entries. */
function containerPorts(service: Service): number[] {
  return (service.ports ?? []).map((port) => {
    if (typeof port === 'number') return port;
    if (typeof port === 'object') return Number(port.target);
    const noProtocol = port.split('/')[0] ?? port;
    const last = noProtocol.split(':').at(-1) ?? noProtocol;
    return Number(interpolate(last));
  });
}

/** True when the short/long syntax publishes the port on the host. */
function publishesHostPort(service: Service): boolean {
  return (service.ports ?? []).some((port) =>
    typeof port === 'string' ? port.includes(':') : typeof port === 'object' && port.published !== undefined,
  );
}

/** A dependency cycle as a list of names (first === last), or undefined. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    const seen = state.get(node);
    if (seen === 'done') return undefined;
    if (seen === 'visiting') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

function commandText(command: z.infer<typeof commandSchema> | undefined): string {
  return command === undefined ? '' : Array.isArray(command) ? command.join(' ') : command;
}

function hasActiveHealthcheck(service: Service): boolean {
  const hc = service.healthcheck;
  if (hc === undefined || hc.disable === true) return false;
  const test = hc.test;
  if (test === undefined) return false;
  return Array.isArray(test) ? test.length > 0 && test[0] !== 'NONE' : test.trim() !== '';
}

// ---------------------------------------------------------------------------
// Load
// ---------------------------------------------------------------------------

const composeText = readFileSync(composePath, 'utf8');
// merge: true resolves `<<: *app-env` the way docker compose does.
const rawCompose: unknown = parse(composeText, { merge: true });
const compose: Compose = composeSchema.parse(rawCompose);

function service(name: string): Service {
  const found = compose.services[name];
  if (found === undefined) throw new Error(`service ${name} missing from docker-compose.yml`);
  return found;
}

const dockerfile = readFileSync(dockerfilePath, 'utf8');
/** Dockerfile instructions with line continuations joined and comments dropped. */
const instructions = dockerfile
  .replace(/\\\r?\n/g, ' ')
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

const REQUIRED_SERVICES = ['postgres', 'temporal', 'temporal-ui', 'migrate', 'api', 'worker'];
const APP_SERVICES = ['api', 'worker'];

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

describe('helpers (so the checks below can fail)', () => {
  it('findCycle reports a cycle and accepts a DAG', () => {
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['a']]]))).toEqual(['a', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toBeUndefined();
  });

  it('imageTag distinguishes tags from registry ports and digests', () => {
    expect(imageTag('postgres')).toBeUndefined();
    expect(imageTag('registry.local:5000/team/app')).toBeUndefined();
    expect(imageTag('registry.local:5000/team/app:1.2.3')).toBe('1.2.3');
    expect(imageTag('temporalio/ui:latest')).toBe('latest');
    expect(imageTag('postgres:16@sha256:abc')).toBe('16');
  });

  it('interpolate applies compose defaults and $$ escapes', () => {
    expect(interpolate('postgres://${U:-app}:${P:-pw}@db/x')).toBe('postgres://app:pw@db/x');
    expect(interpolate('${U:-app}', { U: 'ops' })).toBe('ops');
    expect(interpolate('$${HOME}')).toBe('${HOME}');
    expect(() => interpolate('${P:?set P}')).toThrow(/set P/);
  });

  it('containerPorts reads short and long syntax', () => {
    const svc = serviceSchema.parse({
      ports: ['127.0.0.1:8080:80', '4000:4000/tcp', 9000, { target: 7233, published: 17233 }],
    });
    expect(containerPorts(svc)).toEqual([80, 4000, 9000, 7233]);
    expect(publishesHostPort(svc)).toBe(true);
    expect(publishesHostPort(serviceSchema.parse({ ports: ['4000'] }))).toBe(false);
  });
});

describe('docker-compose.yml', () => {
  it('is a compose-spec file without the obsolete top-level version key', () => {
    expect(rawCompose).toBeTypeOf('object');
    expect(Object.keys(compose)).not.toContain('version');
    expect(Object.keys(compose)).toContain('x-app-env');
  });

  it('defines the services postgres, temporal, temporal-ui, migrate, api and worker', () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(REQUIRED_SERVICES));
  });

  it('gives every service an image or a build', () => {
    for (const [name, svc] of Object.entries(compose.services)) {
      expect(svc.image !== undefined || svc.build !== undefined, `${name} has neither image nor build`).toBe(true);
    }
  });

  it('pins every third-party image to an explicit, non-latest tag', () => {
    for (const [name, svc] of Object.entries(compose.services)) {
      if (svc.build !== undefined || svc.image === undefined) continue; // our own image, built here
      const tag = imageTag(svc.image);
      expect(tag, `${name}: ${svc.image} has no tag`).toBeDefined();
      expect(tag, `${name}: ${svc.image} uses latest`).not.toBe('latest');
    }
    expect(service('temporal').image).toMatch(/^temporalio\/auto-setup:\d+\.\d+\.\d+$/);
    expect(service('temporal-ui').image).toMatch(/^temporalio\/ui:\d+\.\d+\.\d+$/);
    expect(service('postgres').image).toMatch(/^postgres:16(\b|$)/);
  });

  it('builds the app services (migrate, api, worker) from the Dockerfile into one image', () => {
    const images = new Set<string | undefined>();
    for (const name of ['migrate', ...APP_SERVICES]) {
      const svc = service(name);
      expect(svc.build, `${name} build`).toBeDefined();
      images.add(svc.image);
    }
    expect(images.size).toBe(1);
  });

  it('has healthchecks on postgres, temporal and api', () => {
    for (const name of ['postgres', 'temporal', 'api']) {
      expect(hasActiveHealthcheck(service(name)), `${name} healthcheck`).toBe(true);
    }
    expect(commandText(service('postgres').healthcheck?.test)).toContain('pg_isready');
    const temporalTest = commandText(service('temporal').healthcheck?.test);
    expect(temporalTest).toMatch(
      /(tctl --address temporal:7233 cluster health|temporal operator cluster health --address temporal:7233)/,
    );
    expect(commandText(service('api').healthcheck?.test)).toMatch(/fetch\('http:\/\/127\.0\.0\.1:4000\/healthz'\)/);
  });

  it('does not let the worker or migrate inherit the api image HEALTHCHECK', () => {
    // The image probes :4000/healthz, which only the api serves: the others must disable
    // it (or define their own) or they are reported unhealthy forever.
    for (const name of ['worker', 'migrate']) {
      const hc = service(name).healthcheck;
      expect(hc, `${name} healthcheck override`).toBeDefined();
      expect(hc?.disable === true || hasActiveHealthcheck(service(name)), `${name} healthcheck`).toBe(true);
    }
  });

  it('uses only existing services and valid conditions in depends_on; service_healthy targets have a healthcheck', () => {
    for (const [name, svc] of Object.entries(compose.services)) {
      for (const dep of dependenciesOf(svc)) {
        expect(Object.keys(compose.services), `${name} depends on unknown ${dep.service}`).toContain(dep.service);
        expect(VALID_CONDITIONS.has(dep.condition), `${name} -> ${dep.service}: ${dep.condition}`).toBe(true);
        if (dep.condition === 'service_healthy') {
          expect(hasActiveHealthcheck(service(dep.service)), `${dep.service} must have a healthcheck`).toBe(true);
        }
      }
    }
  });

  it('has no dependency cycle', () => {
    const graph = new Map(
      Object.entries(compose.services).map(([name, svc]) => [name, dependenciesOf(svc).map((d) => d.service)]),
    );
    expect(findCycle(graph)).toBeUndefined();
  });

  it('starts temporal after postgres is healthy and the UI after temporal is healthy', () => {
    expect(dependenciesOf(service('temporal'))).toContainEqual({ service: 'postgres', condition: 'service_healthy' });
    expect(dependenciesOf(service('temporal-ui'))).toContainEqual({
      service: 'temporal',
      condition: 'service_healthy',
    });
    expect(dependenciesOf(service('migrate'))).toContainEqual({ service: 'postgres', condition: 'service_healthy' });
  });

  it.each(APP_SERVICES)('%s waits for a successful migrate and a healthy temporal', (name) => {
    const deps = dependenciesOf(service(name));
    expect(deps).toContainEqual({ service: 'migrate', condition: 'service_completed_successfully' });
    expect(deps).toContainEqual({ service: 'temporal', condition: 'service_healthy' });
  });

  it('runs migrate once with server/migrate.ts', () => {
    const migrate = service('migrate');
    expect(migrate.command).toEqual(['npx', 'tsx', 'server/migrate.ts']);
    expect(migrate.restart).toBe('no');
    expect(environmentOf(migrate).get('DATABASE_URL')).toBe(environmentOf(service('api')).get('DATABASE_URL'));
  });

  it('runs api and worker with their entry points', () => {
    expect(service('api').command).toEqual(['npx', 'tsx', 'server/api.ts']);
    expect(service('worker').command).toEqual(['npx', 'tsx', 'server/worker.ts']);
  });

  it('configures postgres and temporal for the shared database server', () => {
    const pg = environmentOf(service('postgres'));
    expect(pg.get('POSTGRES_USER')).toBeDefined();
    expect(pg.get('POSTGRES_PASSWORD')).toMatch(/^\$\{POSTGRES_PASSWORD:-.+\}$/);
    expect(pg.get('POSTGRES_DB')).toBe('supervision');

    const t = environmentOf(service('temporal'));
    expect(t.get('DB')).toBe('postgres12');
    expect(t.get('DB_PORT')).toBe('5432');
    expect(t.get('POSTGRES_SEEDS')).toBe('postgres');
    expect(t.get('POSTGRES_USER')).toBe(pg.get('POSTGRES_USER'));
    expect(t.get('POSTGRES_PWD')).toBe(pg.get('POSTGRES_PASSWORD'));
    // Temporal's own databases, never the application's.
    const temporalDbs = [t.get('DBNAME') ?? 'temporal', t.get('VISIBILITY_DBNAME') ?? 'temporal_visibility'];
    expect(temporalDbs).not.toContain('supervision');
    expect(temporalDbs).not.toContain(interpolate(pg.get('POSTGRES_USER') ?? ''));

    expect(environmentOf(service('temporal-ui')).get('TEMPORAL_ADDRESS')).toBe('temporal:7233');
  });

  it.each(APP_SERVICES)('%s points DATABASE_URL and TEMPORAL_ADDRESS at the compose services', (name) => {
    const env = environmentOf(service(name));
    const databaseUrl = env.get('DATABASE_URL');
    expect(databaseUrl).toBeDefined();
    const url = new URL(interpolate(databaseUrl ?? ''));
    expect(url.protocol).toMatch(/^postgres(ql)?:$/);
    expect(url.hostname).toBe('postgres');
    expect(compose.services[url.hostname]).toBeDefined();
    expect(url.port === '' ? '5432' : url.port).toBe('5432');
    expect(url.pathname).toBe('/supervision');
    const pg = environmentOf(service('postgres'));
    expect(url.username).toBe(interpolate(pg.get('POSTGRES_USER') ?? ''));
    expect(decodeURIComponent(url.password)).toBe(interpolate(pg.get('POSTGRES_PASSWORD') ?? ''));

    const temporalAddress = env.get('TEMPORAL_ADDRESS') ?? '';
    const [host, port] = temporalAddress.split(':');
    expect(host).toBe('temporal');
    expect(compose.services[host ?? '']).toBeDefined();
    expect(port).toBe('7233');

    expect(env.get('TEMPORAL_NAMESPACE')).toBe('default');
    expect(env.get('TEMPORAL_TASK_QUEUE')).toBe('supervision');
    expect(env.get('NODE_ENV')).toBe('production');
  });

  it('shares the x-app-env block between api and worker', () => {
    const shared = z.record(z.string(), scalar).parse(compose['x-app-env']);
    for (const name of ['migrate', ...APP_SERVICES]) {
      const env = environmentOf(service(name));
      for (const [key, value] of Object.entries(shared)) {
        expect(env.get(key), `${name}.${key}`).toBe(String(value));
      }
    }
  });

  it('publishes the api port that the api listens on', () => {
    const api = service('api');
    const port = Number(environmentOf(api).get('PORT'));
    expect(port).toBe(4000);
    expect(containerPorts(api)).toContain(port);
    expect(publishesHostPort(api)).toBe(true);
  });

  it('scales the worker out without host ports or a fixed container name', () => {
    const worker = service('worker');
    expect(worker.deploy?.replicas ?? 1).toBeGreaterThanOrEqual(2);
    expect(worker.container_name).toBeUndefined();
    expect(publishesHostPort(worker)).toBe(false);
    expect(environmentOf(worker).has('PORT')).toBe(false);
  });

  it('persists postgres data in a declared named volume', () => {
    expect(composeText).toMatch(/pgdata:\/var\/lib\/postgresql\/data/);
    expect(Object.keys(compose.volumes ?? {})).toContain('pgdata');
  });
});

describe('Dockerfile', () => {
  it('exists next to docker-compose.yml with a .dockerignore', () => {
    expect(existsSync(dockerfilePath)).toBe(true);
    expect(existsSync(dockerignorePath)).toBe(true);
    const ignored = readFileSync(dockerignorePath, 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim());
    expect(ignored).toEqual(
      expect.arrayContaining(['node_modules', 'data', '.tools', '.git', 'web-admin/node_modules', 'coverage']),
    );
  });

  it('builds every stage from node 20 (bookworm-slim) in several stages', () => {
    const froms = instructions.filter((line) => /^FROM\s/i.test(line));
    expect(froms.length).toBeGreaterThanOrEqual(2);
    const stages = new Set<string>();
    for (const from of froms) {
      const match = /^FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(from);
      expect(match, from).not.toBeNull();
      const base = match?.[1] ?? '';
      expect(base === 'node:20-bookworm-slim' || stages.has(base), `${from} is not node:20-bookworm-slim`).toBe(true);
      if (match?.[2] !== undefined) stages.add(match[2]);
    }
  });

  it('installs with npm ci and builds the web admin into the image', () => {
    expect(instructions.some((l) => /^RUN\s.*\bnpm ci\b/.test(l))).toBe(true);
    expect(instructions).toContain('RUN npm run build:web');
    expect(instructions).toContain('COPY --from=build /app/web-admin/dist ./web-admin/dist');
  });

  it('runs as the non-root node user in production mode', () => {
    const users = instructions.filter((l) => /^USER\s/i.test(l));
    const lastUser = users.at(-1)?.split(/\s+/)[1];
    expect(lastUser).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(lastUser);
    expect(lastUser).toBe('node');
    expect(instructions).toContain('ENV NODE_ENV=production');
  });

  it('exposes the api port, checks /healthz and starts the api by default', () => {
    expect(instructions).toContain(`EXPOSE ${environmentOf(service('api')).get('PORT') ?? ''}`);
    const healthcheck = instructions.find((l) => /^HEALTHCHECK\s/i.test(l));
    expect(healthcheck).toBeDefined();
    expect(healthcheck).toMatch(/CMD \["node", "-e", ".*fetch\('http:\/\/127\.0\.0\.1:4000\/healthz'\)/);
    expect(instructions.at(-1)).toBe('CMD ["npx", "tsx", "server/api.ts"]');
  });
});

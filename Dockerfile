# syntax=docker/dockerfile:1
#
# One image for every Node process of the system (县级安全生产专项行动监管系统):
#   api     npx tsx server/api.ts      (default CMD, GraphQL on :4000, /healthz)
#   worker  npx tsx server/worker.ts   (Temporal worker, no HTTP port)
#   migrate npx tsx server/migrate.ts  (one-shot schema migration)
# docker-compose.yml picks the process with `command:`.

############################
# deps: production node_modules only (tsx is a runtime dependency)
############################
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

############################
# build: full install + the web admin bundle
############################
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The web admin (web-admin/, a Vite app of the root package) is built here; the runtime stage copies its dist.
RUN npm run build:web
# The workflow bundle too: a worker started from it polls in a second instead of bundling for ~15 s.
RUN npm run build:workflows

############################
# runtime
############################
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
# The Chinese serif face the PDF documents (执法文书, server/document-pdf.ts) are set in.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-noto-cjk && rm -rf /var/lib/apt/lists/*
# Code and dependencies stay root-owned (read-only for the app user);
# only data/ is writable by `node`.
COPY --from=deps /app/node_modules ./node_modules
COPY . .
COPY --from=build /app/web-admin/dist ./web-admin/dist
COPY --from=build /app/dist/workflow-bundle.js ./dist/
ENV WORKFLOW_BUNDLE=/app/dist/workflow-bundle.js
RUN mkdir -p /app/data && chown node:node /app/data

# The official node image ships the unprivileged `node` user (uid 1000).
USER node

EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

CMD ["npx", "tsx", "server/api.ts"]

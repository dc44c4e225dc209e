# syntax=docker/dockerfile:1
# One image for every service of the Hải Phòng Industry Graph. docker-compose.yml chooses the
# process with `command:` (node services/<x>/dist/index.js, or node gateway/dist/index.js).

# --- manifests: only what `npm ci` reads ---------------------------------------------------
# `COPY services/*/package.json` would flatten the folders, and naming every workspace would
# need an edit for each new subgraph. So this stage copies the context and deletes all but the
# manifests; its output only changes when a manifest does, so the build stage's COPY of it (and
# the `npm ci` layer after it) stays cached across source edits.
FROM node:20-bookworm AS manifests
WORKDIR /src
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json ! -name .npmrc -delete \
 && find . -type d -empty -delete

# --- build: install, compile, drop dev dependencies -----------------------------------------
FROM node:20-bookworm AS build
# better-sqlite3 compiles from source (node-gyp needs python3, make and g++).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY --from=manifests /src/ ./
RUN npm ci
COPY . .
# The gateway serves the committed supergraph and never introspects: fail here, not at start.
RUN test -s schema/supergraph.graphql \
 || { echo "schema/supergraph.graphql is missing: run npm run compose and commit schema/" >&2; exit 1; }
RUN npm run build \
 && npm prune --omit=dev \
 && rm -rf gateway/src services/*/src gateway/tsconfig*.json services/*/tsconfig*.json

# --- runtime ----------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Root-owned and read-only for the service user: the processes write nothing under /app.
COPY --from=build /src/package.json /src/package-lock.json ./
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/schema ./schema
# Whole workspace folders: package.json, dist/, data/ (the plan seed document) and any nested
# node_modules; a new services/<x> is picked up without editing this file.
COPY --from=build /src/gateway ./gateway
COPY --from=build /src/services ./services
# The web app is its build only (web/'s packages are build-time devDependencies, pruned above).
COPY --from=build /src/web/dist ./web/dist
USER node
# No CMD per service: compose sets `command:` for each one.

# One image build for every service: the `build` stage compiles all workspaces once, `runtime` keeps
# the production dependencies, and one small target per service only sets its entry point:
#   docker build --target gateway -t ecosystem-graph/gateway .
# docker-compose.yml builds each service from its target (gateway/src/ops/compose.test.ts checks it).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json turbo.json tsconfig.json ./
COPY subgraphs ./subgraphs
COPY gateway ./gateway
COPY schema ./schema
COPY client ./client
RUN npm ci && TURBO_TELEMETRY_DISABLED=1 npx turbo run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app ./
USER node

FROM runtime AS actors
ENV SUBGRAPH_HOST=0.0.0.0 SUBGRAPH_PORT=4000
EXPOSE 4000
CMD ["node", "subgraphs/actors/dist/main.js"]

FROM runtime AS opportunities
ENV SUBGRAPH_HOST=0.0.0.0 SUBGRAPH_PORT=4000
EXPOSE 4000
CMD ["node", "subgraphs/opportunities/dist/main.js"]

FROM runtime AS contacts
ENV SUBGRAPH_HOST=0.0.0.0 SUBGRAPH_PORT=4000
EXPOSE 4000
CMD ["node", "subgraphs/contacts/dist/main.js"]

# Last, so that a plain `docker build .` gives the public entry point.
FROM runtime AS gateway
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["node", "gateway/dist/main.js"]

# syntax=docker/dockerfile:1
# Moltnet server image: `docker build -t moltnet .` then
#   docker run -p 8787:8787 -v moltnet-data:/data/.moltnet moltnet
# Data lives in the /data/.moltnet volume (SQLite by default); put a `Moltnet`
# config file in /data (or set MOLTNET_* variables) to change anything.

FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles against Node's headers when no prebuilt binary is reachable.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/* && npm install -g pnpm@10
WORKDIR /src
COPY . .
RUN pnpm install --frozen-lockfile && pnpm exec turbo run build --filter=@moltnet/server
# Keep only what running needs: the server's production dependencies.
RUN rm -rf node_modules apps/*/node_modules packages/*/node_modules bench \
  && CI=true pnpm install --prod --frozen-lockfile --filter "@moltnet/server..."

FROM node:20-bookworm-slim
ENV NODE_ENV=production
COPY --from=build /src/node_modules /app/node_modules
COPY --from=build /src/apps/server /app/apps/server
COPY --from=build /src/packages /app/packages
COPY --from=build /src/drizzle /app/drizzle
COPY --from=build /src/package.json /app/package.json
# The node user (uid 1000) owns only its data directory.
RUN mkdir -p /data/.moltnet && chown -R node:node /data && chmod 0700 /data/.moltnet
USER node
WORKDIR /data
VOLUME ["/data/.moltnet"]
EXPOSE 8787
# node is PID 1 (exec form) and handles SIGTERM itself: it drains and closes the store.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8787/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "/app/apps/server/dist/cli.js"]
CMD ["start", "--log-format", "json"]

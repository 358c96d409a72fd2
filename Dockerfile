# Production image: the API serving the built admin and the server-rendered portal on one port.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY migrations/package.json migrations/
COPY api/package.json api/
COPY admin/package.json admin/
COPY portal/package.json portal/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY migrations/package.json migrations/
COPY api/package.json api/
COPY admin/package.json admin/
COPY portal/package.json portal/
RUN npm ci --omit=dev --no-audit --no-fund --workspace api --include-workspace-root=false
COPY --from=build /app/shared/dist shared/dist
COPY --from=build /app/migrations/dist migrations/dist
COPY --from=build /app/api/dist api/dist
COPY --from=build /app/api/seed api/seed
# The public files the first start builds the catalogue from (SEED_CATALOGUE).
COPY --from=build /app/reference-data reference-data
COPY --from=build /app/admin/dist admin/dist
COPY --from=build /app/portal/dist portal/dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "api/dist/main.js"]

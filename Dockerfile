FROM node:26-trixie-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY vendor ./vendor
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nest build && npx vite build console && npm prune --omit=dev

FROM node:26-trixie-slim
WORKDIR /app
# Node options of the service process: src/config/node-options.ts
ENV NODE_ENV=production NODE_OPTIONS="--max-semi-space-size=64"
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/console/dist ./console/dist
COPY package.json ./
COPY vendor ./vendor
USER node
EXPOSE 3000
CMD ["node", "dist/src/main.js"]

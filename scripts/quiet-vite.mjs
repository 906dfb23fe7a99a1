// Imported first by every script that runs Vite, and by `npm run dev` and `npm run build`.
// Vite 8 lists, on every build and preview, each import in vite.config.ts's graph that its future
// "native" config loader could not read (about 150 extensionless TypeScript imports). Node 20
// cannot load TypeScript natively, so that loader is not ours to use, and the list would push the
// setup code `npm start` prints off the screen.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

// `npm start`: build the app and serve it on its fixed address.
import { spawnSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';

const PORT = 4173;
const HOST = '127.0.0.1';

const free = await new Promise((resolve) => {
  const probe = createServer()
    .once('error', () => resolve(false))
    .once('listening', () => probe.close(() => resolve(true)))
    .listen(PORT, HOST);
});
if (!free) {
  console.error(
    `\nPort ${PORT} is busy. The app must run on this exact address, because the browser keeps each trainee's records per address.\n` +
      `Close the other program using port ${PORT} (perhaps the app is already running: open http://${HOST}:${PORT}/) and try again.\n` +
      `端口 ${PORT} 已被占用。应用必须固定在这个地址上运行（浏览器按地址保存学员记录）。请关闭占用该端口的程序（也许应用已在运行：打开 http://${HOST}:${PORT}/ ），然后重试。\n`,
  );
  process.exit(1);
}

const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`\n投诉专席模拟训练 · Complaint Desk Simulator → http://${HOST}:${PORT}/\n`);
const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', HOST],
  { stdio: 'inherit' },
);
server.on('exit', (code) => process.exit(code ?? 0));

// `npm start`: build the app and serve it on its fixed address.
import './quiet-vite.mjs';
import { spawnSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

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

// The setup code: whoever sets the first trainer or HR PIN must type it, so only the installer
// (who sees this console) can hand out the staff roles. The build (vite.config.ts) reads this file
// and keeps only the code's SHA-256; the file stays in the project folder, never in dist/.
const SETUP_CODE_FILE = fileURLToPath(new URL('../.setup-code', import.meta.url));
// Crockford's base32, as src/engine/setup-code.ts reads it: 25 characters, 125 bits.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const newSetupCode = () =>
  Array.from(randomBytes(25), (b) => ALPHABET[b % 32])
    .join('')
    .replace(/(.{5})(?!$)/g, '$1-');

const supplied = process.env.COMPLAINT_DESK_SETUP_CODE?.trim();
if (!supplied && !existsSync(SETUP_CODE_FILE)) {
  writeFileSync(SETUP_CODE_FILE, `${newSetupCode()}\n`, { mode: 0o600 });
}

console.log('正在构建应用 · Building the app…');
// Only warnings and errors: the build's file list would push the setup code below off the screen.
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`\n投诉专席模拟训练 · Complaint Desk Simulator → http://${HOST}:${PORT}/\n`);
console.log(
  supplied
    ? '安装码 · Setup code: the one in COMPLAINT_DESK_SETUP_CODE.\n'
    : `安装码 · Setup code: ${readFileSync(SETUP_CODE_FILE, 'utf8').trim()}\n` +
        `  保存在 · kept in ${SETUP_CODE_FILE}\n` +
        '  设置培训师或人事密码时需要它；只交给负责的培训师和人事。\n' +
        '  Needed to set the trainer or HR PIN; give it only to the trainer and HR in charge.\n',
);
const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', HOST],
  { stdio: 'inherit' },
);
server.on('exit', (code) => process.exit(code ?? 0));

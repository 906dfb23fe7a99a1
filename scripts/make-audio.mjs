// Generates the app's sounds as small 8-bit WAV files from plain tones, so every sound is our own.
// Run `npm run audio` to rebuild public/audio.
import { mkdirSync, writeFileSync } from 'node:fs';

const RATE = 11025;

function wav(samples) {
  const data = Buffer.alloc(samples.length);
  samples.forEach((s, i) => (data[i] = Math.max(0, Math.min(255, Math.round(128 + s * 100)))));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** A tone of given frequencies with a soft attack and release. */
function tone(freqs, seconds, gain = 0.5) {
  const n = Math.round(seconds * RATE);
  return Array.from({ length: n }, (_, i) => {
    const t = i / RATE;
    const envelope = Math.min(1, i / (RATE * 0.01), (n - i) / (RATE * 0.02));
    return (
      (gain * envelope * freqs.reduce((s, f) => s + Math.sin(2 * Math.PI * f * t), 0)) /
      freqs.length
    );
  });
}
const silence = (seconds) => new Array(Math.round(seconds * RATE)).fill(0);
const concat = (...parts) => parts.flat();

const sounds = {
  // A telephone ring: two bursts of 440 + 480 Hz, then a pause (the file loops).
  ring: concat(tone([440, 480], 0.4), silence(0.2), tone([440, 480], 0.4), silence(1.5)),
  'pick-up': concat(tone([660], 0.06, 0.3), tone([880], 0.08, 0.3)),
  'hang-up': concat(
    tone([480], 0.15, 0.4),
    silence(0.08),
    tone([480], 0.15, 0.4),
    silence(0.08),
    tone([480], 0.15, 0.4),
  ),
  // Hold music: a slow, calm arpeggio in C major.
  hold: concat(
    ...[262, 330, 392, 523, 392, 330, 294, 349, 440, 349, 294, 247].map((f) =>
      tone([f, f * 2], 0.35, 0.25),
    ),
  ),
  cue: concat(tone([880, 1320], 0.12, 0.25), tone([1175, 1760], 0.2, 0.2)),
};

mkdirSync('public/audio', { recursive: true });
for (const [name, samples] of Object.entries(sounds)) {
  writeFileSync(`public/audio/${name}.wav`, wav(samples));
  console.log(`public/audio/${name}.wav ${(samples.length / RATE).toFixed(2)} s`);
}

import { parseArgs } from 'node:util';
import { agree } from './agree';
import { detect } from './detect';
import { parseSaid } from './say';
import {
  exportPack,
  list,
  paths,
  play,
  quiz,
  rubric,
  validate,
  type CommandResult,
} from './commands';
import { errorMessage } from '../engine/error-message';

const USAGE = `usage: npm run -s sim -- <command>
  list [--json]                                   the bundled scenarios
  validate [<file|dir>...] [--teaching]           check packs (no argument: the bundled library);
                                                  problems exit 1, advice lines exit 0;
                                                  --teaching holds the advice as errors
  paths <id|file> [--scenario <id>] [--json]      play every path and report endings and totals
  play <id|file> --choices c1,c2,... [--json]     play a sequence of replies
  play <id|file> --say <reply> [--say ...] [--json]
                                                  the same, one reply per --say: a reply id, or
                                                  words typed as zh-CN:<text> or en:<text> (an
                                                  unclear match takes the lower-scoring reply)
  export <id>                                     print a bundled scenario as a pack
  rubric [--json]                                 the grading dimensions and rules
  quiz [--json]                                   the knowledge-quiz bank
  agree <grades.json>... [--pack <file>] [--json] agreement with expert grade files
  detect [--json]                                 behaviours and their words for each typed reply
                                                  on stdin: [{id, lang, reply, customerSaid?, case?}]
  detect --eval <labelled.json> [--split <name>] [--json]
                                                  precision and recall against hand labels
                                                  (--split: only the items of that split)
  detect ... --lists <organisation.json>          either, with an organisation's own phrases added
A reply id of @timeout in --choices stands for a reply timer that ran out.`;

async function run(argv: string[]): Promise<CommandResult> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      choices: { type: 'string' },
      say: { type: 'string', multiple: true },
      scenario: { type: 'string' },
      pack: { type: 'string' },
      teaching: { type: 'boolean', default: false },
      eval: { type: 'string' },
      split: { type: 'string' },
      lists: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) return { code: values.help ? 0 : 2, out: [USAGE] };
  switch (command) {
    case 'list':
      return list(values.json);
    case 'validate':
      return validate(rest, { teaching: values.teaching });
    case 'paths':
      if (!rest[0]) return { code: 2, out: ['paths needs a scenario id or file', USAGE] };
      return paths(rest[0], values.scenario, values.json);
    case 'play': {
      if (!rest[0]) return { code: 2, out: ['play needs a scenario id or file', USAGE] };
      const choices = (values.choices ?? '')
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
      if (values.say && choices.length > 0) {
        return { code: 2, out: ['play takes --choices or --say, not both', USAGE] };
      }
      const replies = values.say ? values.say.map(parseSaid) : choices;
      return play(rest[0], values.scenario, replies, values.json);
    }
    case 'quiz':
      return quiz(values.json);
    case 'rubric':
      return rubric(values.json);
    case 'export':
      if (!rest[0]) return { code: 2, out: ['export needs a scenario id', USAGE] };
      return exportPack(rest[0]);
    case 'agree':
      return agree(rest, values.pack, values.json);
    case 'detect':
      return detect(values.eval, values.split, values.json, values.lists);
    default:
      return { code: 2, out: [`unknown command "${command}"`, USAGE] };
  }
}

run(process.argv.slice(2))
  .then(({ code, out }) => {
    if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    const message = errorMessage(error);
    process.stderr.write(`sim: ${message}\n`);
    process.exitCode = 1;
  });

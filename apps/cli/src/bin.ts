import { main } from './main';

const io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`valueflow: unexpected error\n${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);

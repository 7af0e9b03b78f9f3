// Starts the playground: `pnpm --filter valueflow-playground start` (PORT, HOST, OPENAI_BASE_URL, OPENAI_MODEL,
// OPENAI_API_KEY and PLAYGROUND_JUDGE are read from the environment).
import { createPlaygroundContext } from './server/create-playground-context';
import { createPlaygroundServer } from './server/create-playground-server';
import { readPlaygroundConfig } from './server/read-playground-config';

try {
  const config = readPlaygroundConfig(process.env);
  const context = await createPlaygroundContext({ config });
  const server = createPlaygroundServer(context);
  server.on('error', (error) => {
    console.error(`valueflow playground: cannot listen on ${config.host}:${config.port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const { status } = context;
    console.log(`valueflow playground: http://${config.host}:${port}/`);
    console.log(
      status.demo ? '  chat: offline demo mode (no OPENAI_BASE_URL / OPENAI_MODEL)' : `  chat: ${status.model}`,
    );
    console.log(`  judge: ${status.judge.id} (${status.judge.kind})`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`valueflow playground: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

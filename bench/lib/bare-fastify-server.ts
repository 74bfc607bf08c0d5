// The HTTP baseline: a bare Fastify route returning 'ok', in its own process like the service,
// so the load generator competes with each server the same way. PORT from the environment.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/*', async () => 'ok');
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}

/**
 * `npm start`: the game from its sources (Vite) and the live classroom on one address, so a phone
 * on the same network reaches both through the one address the projector shows.
 *
 * PORT (5173), HOST (0.0.0.0: phones on the classroom's Wi-Fi must reach it). Vite's reload socket
 * listens on PORT + 1: a saved level file reloads the levels in the open game; `npm run dev` is Vite alone.
 */
import { networkInterfaces } from 'node:os';
import { createServer as createVite } from 'vite';
import { createLiveServer } from './app';

// Vite's notice about its future config loader says nothing a player needs.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '0.0.0.0';

// Vite's reload socket has a port of its own, so it never competes with the live server for upgrades.
const vite = await createVite({ server: { middlewareMode: true, ws: { port: port + 1 } }, appType: 'mpa' });
const live = await createLiveServer({
  handler: (req, res) => {
    // A short address to type on a phone.
    if (req.url === '/p' || req.url === '/p/') {
      res.writeHead(302, { Location: '/phone.html' });
      res.end();
      return;
    }
    vite.middlewares(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    });
  },
});
const bound = await live.listen(port, host);

const lan = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
console.log(`Envol: http://127.0.0.1:${bound}/ (the game)${lan ? `, http://${lan}:${bound}/ on the network` : ''}; phones: /p`);

const stop = async () => {
  await live.close();
  await vite.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

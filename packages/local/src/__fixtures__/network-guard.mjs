// Preloaded with `node --import` by no-network.test.ts: every way Node reaches the network throws,
// and each attempt is recorded so the child can report it even when the caller swallows the error.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

const attempts = [];
globalThis.__networkAttempts = attempts;

function blocked(name) {
  return (...args) => {
    attempts.push(name);
    throw new Error(`network guard: ${name} called with ${JSON.stringify(args[0] ?? null).slice(0, 80)}`);
  };
}

// Unix-domain sockets and named pipes are local IPC, not network: tsx, which runs the child's
// TypeScript, talks to its parent through one. Anything with a port or host is blocked.
const connect = net.Socket.prototype.connect;
const blockedConnect = blocked('net.Socket.connect');
net.Socket.prototype.connect = function (...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const isLocalPipe =
    (typeof first === 'string' && Number.isNaN(Number(first))) ||
    (typeof first === 'object' && first !== null && typeof first.path === 'string' && first.port === undefined);
  return isLocalPipe ? connect.apply(this, args) : blockedConnect(first);
};
dns.lookup = blocked('dns.lookup');
dns.promises.lookup = blocked('dns.promises.lookup');
dns.resolve = blocked('dns.resolve');
http.request = blocked('http.request');
http.get = blocked('http.get');
https.request = blocked('https.request');
https.get = blocked('https.get');
globalThis.fetch = blocked('fetch');

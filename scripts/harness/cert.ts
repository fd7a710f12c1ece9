/**
 * A throw-away CA and a server certificate for every fixture host, made at test
 * time with openssl. Chromium is told to ignore certificate errors; Firefox needs
 * the CA imported into its profile, so the CA is kept separate.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Certificates {
  dir: string;
  caCert: string;
  key: Buffer;
  cert: Buffer;
}

export function makeCertificates(hosts: string[]): Certificates {
  const dir = mkdtempSync(join(tmpdir(), 'caveat-lens-cert-'));
  const f = (name: string) => join(dir, name);
  const ssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  ssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/CN=Caveat Lens test CA',
    '-keyout',
    f('ca.key'),
    '-out',
    f('ca.crt'),
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
  ssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=caveat-lens-fixtures', '-keyout', f('server.key'), '-out', f('server.csr'));
  const san = [...new Set(hosts)].map((h) => `DNS:${h}`).join(',');
  writeFileSync(f('ext.cnf'), `subjectAltName=${san}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`);
  ssl(
    'x509',
    '-req',
    '-in',
    f('server.csr'),
    '-CA',
    f('ca.crt'),
    '-CAkey',
    f('ca.key'),
    '-CAcreateserial',
    '-days',
    '2',
    '-out',
    f('server.crt'),
    '-extfile',
    f('ext.cnf'),
  );
  return { dir, caCert: f('ca.crt'), key: readFileSync(f('server.key')), cert: readFileSync(f('server.crt')) };
}

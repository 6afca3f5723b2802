/**
 * A TLS certificate for the local Content Lake (HTTP/2 needs TLS in browsers). With mkcert on the
 * PATH (Debian package `mkcert`; `mkcert -install` once makes browsers trust it) the certificate
 * is trusted; otherwise openssl makes a self-signed one the editor accepts once in the browser.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Certificate {
  key: Buffer;
  cert: Buffer;
  certFile: string;
  /** What a Node client (the draft preview) must trust: mkcert's root, or the self-signed certificate itself. */
  caFile: string;
  trusted: boolean;
}

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function ensureCertificate(dir: string, hosts: string[]): Certificate {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  const hostsFile = path.join(dir, 'hosts.txt');
  const trustedFile = path.join(dir, 'mkcert');
  const wanted = hosts.join(' ');
  const current = fs.existsSync(hostsFile) ? fs.readFileSync(hostsFile, 'utf8') : '';
  if (!fs.existsSync(keyFile) || !fs.existsSync(certFile) || current !== wanted) {
    if (onPath('mkcert')) {
      execFileSync('mkcert', ['-key-file', keyFile, '-cert-file', certFile, ...hosts], { stdio: 'ignore' });
      fs.writeFileSync(trustedFile, '');
    } else {
      const san = hosts.map((host) => (/^[\d.]+$/.test(host) ? `IP:${host}` : `DNS:${host}`)).join(',');
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'ec',
          '-pkeyopt',
          'ec_paramgen_curve:prime256v1',
          '-nodes',
          '-days',
          '825',
          '-subj',
          '/CN=hERZland local Content Lake',
          '-addext',
          `subjectAltName=${san}`,
          '-keyout',
          keyFile,
          '-out',
          certFile,
        ],
        { stdio: 'ignore' },
      );
      fs.rmSync(trustedFile, { force: true });
    }
    fs.writeFileSync(hostsFile, wanted);
  }
  const trusted = fs.existsSync(trustedFile);
  const caFile = trusted ? path.join(execFileSync('mkcert', ['-CAROOT'], { encoding: 'utf8' }).trim(), 'rootCA.pem') : certFile;
  return { key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile), certFile, caFile, trusted };
}

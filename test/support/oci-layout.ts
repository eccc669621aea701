import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeImage, type LayerSpec } from '../unit/sbom/images'

/**
 * Writes a single-image OCI layout (the image tagged "latest") from in-memory
 * layers, for tests that run the bundled CLI or push with skopeo. Returns the
 * `oci-dir:` source naming it.
 */
export async function writeLayout(dir: string, layers: LayerSpec[]): Promise<string> {
  const image = makeImage(layers)
  const blobs = join(dir, 'blobs', 'sha256')
  mkdirSync(blobs, { recursive: true })
  const put = (digest: string, data: Buffer): void =>
    writeFileSync(join(blobs, digest.slice('sha256:'.length)), data)
  for (const layer of image.layers) {
    const chunks: Buffer[] = []
    for await (const chunk of await layer.blob()) chunks.push(chunk as Buffer)
    put(layer.descriptor.digest, Buffer.concat(chunks))
  }
  // makeImage serialised the config with JSON.stringify; the same call gives the same bytes.
  put(image.manifest.config.digest, Buffer.from(JSON.stringify(image.config)))
  put(image.digest, image.manifestBytes)
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: image.digest,
          size: image.manifestBytes.length,
          annotations: { 'org.opencontainers.image.ref.name': 'latest' }
        }
      ]
    })
  )
  return `oci-dir:${dir}:latest`
}

/** Copies the layout's image to `registry`/`repo`:latest over plain HTTP; returns its digest reference. */
export function pushLayout(dir: string, registry: string, repo: string): string {
  const digestFile = join(dir, 'pushed-digest')
  execFileSync('skopeo', [
    '--insecure-policy',
    'copy',
    '--preserve-digests',
    '--dest-tls-verify=false',
    '--digestfile',
    digestFile,
    `oci:${dir}:latest`,
    `docker://${registry}/${repo}:latest`
  ])
  return `${registry}/${repo}@${readFileSync(digestFile, 'utf8').trim()}`
}

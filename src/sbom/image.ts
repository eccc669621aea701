import type { Image } from '../oci/types'
import { purl } from './purl'

/** What an SBOM says about the image itself. */
export interface ImageIdentity {
  /** As the user named it, without digest, e.g. `127.0.0.1:5000/acme/app:1.2` or `oci-dir:/path`. */
  name: string
  /** registry/repository, e.g. `127.0.0.1:5000/acme/app`; absent for layouts and archives. */
  repository?: string
  digest: string
  /** `pkg:oci/app@sha256:…?arch=amd64&repository_url=…` */
  purl: string
}

const LOCAL_SOURCE = /^(oci-dir|oci|oci-archive|docker-archive):/

export function imageIdentity(image: Image, imageName: string): ImageIdentity {
  const name = imageName.replace(/@sha256:[0-9a-f]{64}$/, '')
  const arch = image.platform.architecture || image.config.architecture
  if (LOCAL_SOURCE.test(name)) {
    // A file or directory is no repository: name the purl after the path's last part.
    const path = name.replace(LOCAL_SOURCE, '').replace(/[:@][^/]*$/, '')
    const base = (path.split('/').filter(Boolean).pop() ?? 'image').replace(
      /\.(tar|tgz|tar\.gz)$/,
      ''
    )
    return {
      name,
      digest: image.digest,
      purl: purl('oci', undefined, base.toLowerCase() || 'image', image.digest, { arch })
    }
  }
  const slash = name.lastIndexOf('/')
  const colon = name.lastIndexOf(':')
  const repository = colon > slash ? name.slice(0, colon) : name
  const last = (repository.slice(repository.lastIndexOf('/') + 1) || 'image').toLowerCase()
  return {
    name,
    repository,
    digest: image.digest,
    purl: purl('oci', undefined, last, image.digest, { arch, repository_url: repository })
  }
}

import type { Image } from '../oci/types'
import { purl } from './purl'

/** What an SBOM says about the image itself. */
export interface ImageIdentity {
  /** As the user named it, without digest, e.g. `127.0.0.1:5000/acme/app:1.2`. */
  name: string
  /** registry/repository, e.g. `127.0.0.1:5000/acme/app`. */
  repository: string
  digest: string
  arch: string
  /** `pkg:oci/app@sha256:…?arch=amd64&repository_url=…` */
  purl: string
}

export function imageIdentity(image: Image, imageName: string): ImageIdentity {
  const name = imageName.split('@')[0] as string
  const slash = name.lastIndexOf('/')
  const colon = name.lastIndexOf(':')
  const repository = colon > slash ? name.slice(0, colon) : name
  const last = (repository.slice(repository.lastIndexOf('/') + 1) || 'image').toLowerCase()
  const arch = [image.platform.architecture || image.config.architecture, image.platform.variant]
    .filter(Boolean)
    .join('/')
  return {
    name,
    repository,
    digest: image.digest,
    arch,
    purl: purl('oci', undefined, last, image.digest, {
      arch: image.platform.architecture || image.config.architecture,
      repository_url: repository
    })
  }
}

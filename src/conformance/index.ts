// First: a Node too old for the rest fails here with one clear line.
import '../runtime'
import { ActionError, describeError } from '../errors'
import { isDebug, log } from '../log'
import { signBundleCommand, verifyBundleCommand } from './commands'

const USAGE = `Usage: sbom-sign-conformance <command> ...

The sigstore-conformance client protocol:
  sign-bundle [--staging] [--in-toto] --identity-token TOKEN --bundle FILE
              [--trusted-root FILE] [--signing-config FILE] FILE
  verify-bundle [--staging] --bundle FILE
              (--certificate-identity IDENTITY --certificate-oidc-issuer URL | --key PEM)
              [--trusted-root FILE] FILE_OR_DIGEST

Without --trusted-root the public-good root is used: through TUF, or the copy
embedded in this tool when offline (SBOM_SIGN_OFFLINE=true) or unreachable.
Exit codes: 0 verified/signed, 1 failed, 2 usage error.`

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'verify-bundle':
        await verifyBundleCommand(rest)
        return 0
      case 'sign-bundle':
        await signBundleCommand(rest)
        return 0
      case '-h':
      case '--help':
        process.stdout.write(`${USAGE}\n`)
        return 0
      default:
        process.stderr.write(`${USAGE}\n`)
        return 2
    }
  } catch (error) {
    if (isDebug() && error instanceof Error && error.stack) log.debug(error.stack)
    log.error(describeError(error))
    return error instanceof ActionError ? error.exitCode : 1
  }
}

process.exitCode = await main(process.argv.slice(2))

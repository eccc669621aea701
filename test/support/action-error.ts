import { ActionError } from '../../src/errors'

/** Awaits a promise that must reject with an ActionError, and returns that error. */
export async function actionErrorOf(promise: Promise<unknown>): Promise<ActionError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ActionError)
  return error as ActionError
}

/** Runs `fn`, which must throw an ActionError, and returns that error; other errors propagate. */
export function actionErrorThrownBy(fn: () => unknown): ActionError {
  try {
    fn()
  } catch (e) {
    if (e instanceof ActionError) return e
    throw e
  }
  throw new Error('expected an ActionError')
}

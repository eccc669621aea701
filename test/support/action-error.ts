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

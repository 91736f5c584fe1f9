// A fake of @actions/github: only the mutable `context` the action reads (event name and payload).
export const context: { eventName: string; payload: Record<string, any> } = { eventName: 'push', payload: {} }

export function setEvent(eventName: string, payload: Record<string, any> = {}): void {
  context.eventName = eventName
  context.payload = payload
}

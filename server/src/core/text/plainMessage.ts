// Finding messages are written with Markdown code spans (`<AlwaysOn>`). Hovers render them; the Problems panel,
// terminals and JSON consumers show text, where quotes read better than backticks.

export function plainMessage(message: string): string {
  return message.replace(/`([^`\n]+)`/g, "'$1'");
}

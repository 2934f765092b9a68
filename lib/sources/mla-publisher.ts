/** Shortens a publisher name the way MLA 9 does in works-cited lists: "University Press" to "UP", "University" to "U", "Press" to "P". */
export function mlaPublisher(name: string): string {
  return name
    .replace(/\bUniversity Press\b/g, 'UP')
    .replace(/\bUniversity\b/g, 'U')
    .replace(/\bPress\b/g, 'P');
}

/** The two short original texts that ship as demo data. Written for Scholia. */
export const demoDocuments = [
  {
    title: 'Notes in the Margin',
    author: 'Scholia demo team',
    text: `Every used book carries a second text. Somebody underlined a sentence, wrote a question mark beside a paragraph, or pressed a flower between two pages and forgot it there. These traces are small, but they change how the next reader meets the page: a mark says that someone stopped here, and invites us to stop too.

Medieval scribes called such additions glosses. A gloss could explain a hard word, point to a related passage, or quarrel politely with the author. Over generations, some glosses grew so long that they surrounded the original text on every side, and students learned to read both at once, the way we might read a conversation.

Printing made books cheaper, and margins became a private space. Readers wrote in them for themselves, not for strangers. Yet the habit of answering a text never went away. It moved into letters, into reading groups, and later into comment threads under articles that millions of people read on the same day.

Close reading asks for the slow version of that habit. Choose one sentence. Ask what it claims, what it assumes, and what evidence would change your mind about it. Then write that down beside the sentence, where the next reader will find it.

A margin shared by a whole class is a different thing again. It shows where many readers stopped at once, which passages confused them, and which claims nobody thought to question. The best marginal notes are short, specific and honest about doubt.`,
  },
  {
    title: 'A Short History of the Reading Room',
    author: 'Scholia demo team',
    text: `Public reading rooms spread through European cities during the nineteenth century. Many were founded by subscription: members paid a yearly fee, and in return they could sit at long tables with newspapers, journals and reference books they could not afford to buy.

The rooms had rules. Silence was expected, pens were sometimes forbidden near rare books, and a librarian at a raised desk watched over everything. Readers who wanted to discuss what they had read went elsewhere, to a café or a debating society down the street.

Libraries funded by philanthropists later opened reading rooms to anyone, without a fee. Some historians argue that these free rooms did more for adult literacy than compulsory schooling did. Others point out that the readers who used them most were already literate, and that the rooms mainly served clerks and students.

Both claims deserve a source. When you read a sentence like "more for adult literacy than compulsory schooling", ask how anyone could measure that, which city and decade it describes, and who first said it.

Today a reading room can be a screen that thirty people share at once. The silence rule has been turned around: the point is to talk, in the margin, about the text everyone is looking at.`,
  },
];

/** Demo accounts, printed at start. Every one uses DEMO_PASSWORD. */
export const demoAccounts = [
  { email: 'instructor@demo.test', name: 'Ines Instructor', role: 'INSTRUCTOR' },
  { email: 'moderator@demo.test', name: 'Mo Moderator', role: 'MODERATOR' },
  { email: 'student1@demo.test', name: 'Sam Student', role: 'STUDENT' },
  { email: 'student2@demo.test', name: 'Alex Student', role: 'STUDENT' },
] as const;

/** The password of every demo account. */
export const DEMO_PASSWORD = 'demo-password';

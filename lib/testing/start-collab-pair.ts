import { startCollabServer, type CollabServer } from '../collab/start-collab-server';
import { connectRoom, type RoomClient } from './connect-room';
import { makeCourse, makeCourseDocument } from './make-course';

/**
 * For scale-out tests: a course (teacher, ana, ben) with one document holding `text`,
 * and two collab servers sharing the Redis at `redisUrl`. `join` connects a room client
 * to one of them; `stop` closes every client and both servers.
 */
export async function startCollabPair(options: { redisUrl: string; title: string; text: string }) {
  const course = await makeCourse({ teacher: 'INSTRUCTOR', ana: 'STUDENT', ben: 'STUDENT' });
  const documentId = await makeCourseDocument({
    ownerId: course.users.teacher.id,
    courseId: course.courseId,
    title: options.title,
    text: options.text,
  });
  const servers: CollabServer[] = [];
  for (let i = 0; i < 2; i++)
    servers.push(
      await startCollabServer({
        databaseUrl: process.env.DATABASE_URL!,
        port: 0,
        allowedOrigins: [],
        redisUrl: options.redisUrl,
        log: () => {},
      }),
    );
  const open: RoomClient[] = [];
  return {
    course,
    documentId,
    join: async (instance: number, room: string, userId: string) => {
      const client = await connectRoom({ port: servers[instance]!.port, room, userId });
      open.push(client);
      return client;
    },
    stop: async () => {
      for (const c of open) c.close();
      for (const s of servers) await s.stop();
    },
  };
}

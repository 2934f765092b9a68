-- AlterTable
ALTER TABLE "AnnotationSource" ADD COLUMN     "addedById" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "citationStyle" TEXT;

-- CreateIndex
CREATE INDEX "Annotation_documentId_kind_claimStatus_createdAt_idx" ON "Annotation"("documentId", "kind", "claimStatus", "createdAt");

-- CreateIndex
CREATE INDEX "ModerationEvent_annotationId_idx" ON "ModerationEvent"("annotationId");

-- CreateIndex
CREATE INDEX "ModerationEvent_replyId_idx" ON "ModerationEvent"("replyId");

-- AddForeignKey
ALTER TABLE "AnnotationSource" ADD CONSTRAINT "AnnotationSource_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

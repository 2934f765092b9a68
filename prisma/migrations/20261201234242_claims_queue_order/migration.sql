-- CreateIndex
CREATE INDEX "Annotation_kind_createdAt_id_idx" ON "Annotation"("kind", "createdAt", "id");

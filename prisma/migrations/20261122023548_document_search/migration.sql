-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Document_searchVector_idx" ON "Document" USING GIN ("searchVector");

-- AlterTable
ALTER TABLE "Sentence" ADD COLUMN     "dismissedAt" TIMESTAMP(3),
ADD COLUMN     "dismissedById" TEXT,
ADD COLUMN     "wording" TEXT;

-- AddForeignKey
ALTER TABLE "Sentence" ADD CONSTRAINT "Sentence_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

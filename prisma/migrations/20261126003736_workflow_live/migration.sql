-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "articleId" TEXT,
ADD COLUMN     "claimId" TEXT,
ADD COLUMN     "seq" BIGSERIAL NOT NULL;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "emailedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ArticleViewer" (
    "connectionId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleViewer_pkey" PRIMARY KEY ("connectionId")
);

-- CreateIndex
CREATE INDEX "ArticleViewer_articleId_lastSeenAt_idx" ON "ArticleViewer"("articleId", "lastSeenAt");

-- CreateIndex
CREATE INDEX "AuditEvent_workspaceId_seq_idx" ON "AuditEvent"("workspaceId", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_claimId_seq_idx" ON "AuditEvent"("claimId", "seq");

-- CreateIndex
CREATE INDEX "Notification_emailedAt_createdAt_idx" ON "Notification"("emailedAt", "createdAt");

-- AddForeignKey
ALTER TABLE "ArticleViewer" ADD CONSTRAINT "ArticleViewer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

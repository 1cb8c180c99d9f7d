#include "backupaction.h"

#include "databaselocation.h"
#include "permissions.h"
#include "rolegate.h"
#include "session.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QWidget>

BackupAction::BackupAction(QWidget *window, Session *session, QAction *action)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_action(action)
    , m_service(session)
{
    Decision allowed{true, QString()};
    if (!m_service.isAvailable())
        allowed = {false, tr("A PostgreSQL database is backed up with pg_dump, or into a file with crm-agent copy.")};
    else if (!session->employee().roles.testFlag(Role::Admin))
        allowed = {false, tr("Only a crm_admin may back up the database.")};
    RoleGate::apply(action, allowed, QString());
    connect(action, &QAction::triggered, this, &BackupAction::chooseFile);
}

void BackupAction::chooseFile()
{
    if (m_busy || RoleGate::isRefused(m_action))
        return;
    const QFileInfo database(m_session->databaseLocation());
    const QString suggested = database.absolutePath() + u'/' + database.completeBaseName()
                              + QStringLiteral("-backup-%1.sqlite")
                                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    auto *dialog = new QFileDialog(m_window, tr("Back up database"), suggested,
                                   tr("SQLite databases (*.sqlite);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("sqlite"));
    dialog->setAccessibleName(tr("Back up database"));
    connect(dialog, &QFileDialog::fileSelected, this, &BackupAction::backUpTo);
    dialog->open();
}

void BackupAction::backUpTo(const QString &target)
{
    if (m_busy || target.isEmpty())
        return;
    m_busy = true;
    m_action->setEnabled(false);
    m_service.backUp(target, this, [this, target](Result<void> written) {
        m_busy = false;
        m_action->setEnabled(true);
        const QString shown = QDir::toNativeSeparators(target);
        if (written)
            Q_EMIT backupFinished(true, tr("The database was backed up to %1.").arg(shown));
        else
            Q_EMIT backupFinished(false, tr("The database was not backed up: %1").arg(written.error()));
    });
}

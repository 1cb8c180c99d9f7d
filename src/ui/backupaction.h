#pragma once

#include "backupservice.h"

#include <QObject>
#include <QString>

class QAction;
class QWidget;
class Session;

// File > Back up database… (Ctrl+Shift+P): asks where to write the copy (a window-modal file
// dialog) and writes it on the Session's Background lane (BackupService), never on the UI thread;
// the window stays usable meanwhile. Offered to a crm_admin on an SQLite file; otherwise disabled
// with the reason in its tooltip (a PostgreSQL database is backed up with pg_dump or crm-agent copy).
class BackupAction : public QObject
{
    Q_OBJECT

public:
    BackupAction(QWidget *window, Session *session, QAction *action);

    // Opens the file dialog; when a file is chosen, backs up into it.
    void chooseFile();
    // Backs up into `target` (which must not exist). Does nothing while a backup runs.
    void backUpTo(const QString &target);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // The outcome, worded for the user (the window shows it in its status bar or a message box).
    void backupFinished(bool ok, const QString &message);

private:
    QWidget *m_window;
    Session *m_session;
    QAction *m_action;
    BackupService m_service;
    bool m_busy = false;
};

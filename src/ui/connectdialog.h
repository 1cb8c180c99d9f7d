#pragma once

#include "databaselocation.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectDialog;
}

// File > Connect to Database…: an SQLite file (with Browse…) or a PostgreSQL server (host, port,
// database name, user, password, SSL mode), or one of the recent connections. OK checks the input
// and asks its owner to connect (connectRequested); the dialog says "Connecting…" and stays open
// until the owner reports success (connected()) or the reason it failed (showError()), so that a
// wrong password or host can be corrected in place. The password is held in memory only.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // `recent`: location texts, newest first; `current`: the database open now (the fields start
    // from it).
    ConnectDialog(const QStringList &recent, const DatabaseLocation &current, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // What the fields describe now, or why they do not describe a database.
    Result<DatabaseLocation> location() const;
    QString password() const;
    // Fills the fields from a location.
    void showLocation(const DatabaseLocation &location);

    bool isConnecting() const { return m_connecting; }
    QString errorText() const;
    // The input with this accessible name ("Host"), for tests and automation.
    QWidget *input(const QString &accessibleName) const;

public Q_SLOTS:
    // OK: checks the fields, then emits connectRequested (or shows what is wrong).
    void accept() override;
    // The owner connected: the dialog closes, accepted.
    void connected();
    // The owner could not connect: the reason shows and the fields can be corrected.
    void showError(const QString &message);
    // The server wants a password for the location shown: `message` says so, and the Password
    // field has the focus.
    void askForPassword(const QString &message);

Q_SIGNALS:
    void connectRequested(const DatabaseLocation &location, const QString &password);
    // The attempt that connectRequested started ended: connected (and the dialog closed) or refused
    // with the reason shown.
    void connectFinished(bool connected);

private:
    void showEngine();
    void browse();
    void setConnecting(bool connecting);

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    bool m_connecting = false;
    QString m_okText;
};

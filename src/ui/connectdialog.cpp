#include "connectdialog.h"
#include "ui_connectdialog.h"

#include "dialogparts.h"

#include <QComboBox>
#include <QFileDialog>
#include <QPushButton>

ConnectDialog::ConnectDialog(const QStringList &recent, const DatabaseLocation &current, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    DialogParts::nameButtons(m_ui->buttonBox);
    m_ui->sslCombo->addItem(tr("Default (prefer)"), QString());
    for (const QString &mode : DatabaseLocation::sslModes())
        m_ui->sslCombo->addItem(mode, mode);

    m_ui->recentCombo->addItem(tr("(choose a recent connection)"), QString());
    for (const QString &text : recent) {
        const Result<DatabaseLocation> location = DatabaseLocation::parse(text);
        if (location)
            m_ui->recentCombo->addItem(text, text);
    }
    m_ui->recentCombo->setEnabled(m_ui->recentCombo->count() > 1);
    connect(m_ui->recentCombo, &QComboBox::activated, this, [this](int index) {
        const Result<DatabaseLocation> location
            = DatabaseLocation::parse(m_ui->recentCombo->itemData(index).toString());
        if (location)
            showLocation(*location);
    });
    connect(m_ui->sqliteRadio, &QRadioButton::toggled, this, &ConnectDialog::showEngine);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ConnectDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    DialogParts::confirmWithKeyboard(this, m_ui->buttonBox);
    DialogParts::hideErrorWhenEdited(this, m_ui->errorLabel);
    showLocation(current);
    adjustSize();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::showLocation(const DatabaseLocation &location)
{
    const bool postgres = location.isPostgres();
    (postgres ? m_ui->postgresRadio : m_ui->sqliteRadio)->setChecked(true);
    if (postgres) {
        m_ui->hostEdit->setText(location.host());
        m_ui->portSpin->setValue(location.port());
        m_ui->databaseEdit->setText(location.databaseName());
        m_ui->userEdit->setText(location.userName());
        const int ssl = m_ui->sslCombo->findData(location.option(QStringLiteral("sslmode")));
        m_ui->sslCombo->setCurrentIndex(qMax(ssl, 0));
    } else {
        m_ui->fileEdit->setText(location.path());
    }
    showEngine();
}

void ConnectDialog::showEngine()
{
    const bool sqlite = m_ui->sqliteRadio->isChecked();
    m_ui->formLayout->setRowVisible(m_ui->fileLayout, sqlite);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->hostEdit), static_cast<QWidget *>(m_ui->portSpin),
                       static_cast<QWidget *>(m_ui->databaseEdit), static_cast<QWidget *>(m_ui->userEdit),
                       static_cast<QWidget *>(m_ui->passwordEdit), static_cast<QWidget *>(m_ui->sslCombo)})
        m_ui->formLayout->setRowVisible(w, !sqlite);
}

void ConnectDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Database file"), m_ui->fileEdit->text(), tr("CRM Agent databases (*.sqlite *.db);;All files (*)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_ui->fileEdit->setText(path);
}

Result<DatabaseLocation> ConnectDialog::location() const
{
    if (m_ui->sqliteRadio->isChecked()) {
        const QString path = m_ui->fileEdit->text().trimmed();
        if (path.isEmpty())
            return Failure{tr("File: choose or type the database file.")};
        if (DatabaseLocation::isPostgresUri(path))
            return DatabaseLocation::parse(path);
        return DatabaseLocation::sqliteFile(path);
    }
    const QString host = m_ui->hostEdit->text().trimmed();
    if (host.contains(u' ') || (host.contains(u'/') && !host.startsWith(u'/')))
        return Failure{tr("Host: \"%1\" is not a host name or address.").arg(host)};
    const QString name = m_ui->databaseEdit->text().trimmed();
    if (name.isEmpty())
        return Failure{tr("Database name: enter the name of the team's database.")};
    return DatabaseLocation::postgres(host, m_ui->portSpin->value(), name, m_ui->userEdit->text().trimmed(),
                                      m_ui->sslCombo->currentData().toString());
}

QString ConnectDialog::password() const
{
    return m_ui->sqliteRadio->isChecked() ? QString() : m_ui->passwordEdit->text();
}

void ConnectDialog::accept()
{
    if (m_connecting)
        return;
    const Result<DatabaseLocation> chosen = location();
    if (!chosen) {
        DialogParts::showError(m_ui->errorLabel, chosen.error());
        return;
    }
    setConnecting(true);
    Q_EMIT connectRequested(*chosen, password());
}

void ConnectDialog::connected()
{
    setConnecting(false);
    QDialog::accept();
    Q_EMIT connectFinished(true);
}

void ConnectDialog::showError(const QString &message)
{
    setConnecting(false);
    DialogParts::showError(m_ui->errorLabel, message);
    Q_EMIT connectFinished(false);
}

void ConnectDialog::askForPassword(const QString &message)
{
    DialogParts::showError(m_ui->errorLabel, message);
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->setFocus();
}

void ConnectDialog::setConnecting(bool connecting)
{
    m_connecting = connecting;
    DialogParts::showSaving(this, m_ui->buttonBox, m_ui->errorLabel, connecting, tr("Connecting…"), &m_okText);
}

QString ConnectDialog::errorText() const
{
    return DialogParts::errorText(m_ui->errorLabel);
}

QWidget *ConnectDialog::input(const QString &accessibleName) const
{
    for (QWidget *w : findChildren<QWidget *>()) {
        if (w->accessibleName() == accessibleName)
            return w;
    }
    return nullptr;
}

#pragma once

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <catch2/catch.hpp>

#include <optional>
#include <utility>

// Starts an asynchronous call and waits for its answer by running the event loop (no polling):
// `start(context, done)` must end in `done(value)` on this thread. Fails the test when no answer
// comes within `timeoutMs`.
//   const Result<Lead> lead = await<Result<Lead>>([&](QObject *c, auto done) { store.load(id, c, done); });
template<typename T, typename Start>
T await(Start start, int timeoutMs = 60000)
{
    QEventLoop loop;
    std::optional<T> answer;
    QObject context;
    start(&context, [&](T value) {
        answer.emplace(std::move(value));
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    REQUIRE(answer.has_value());
    return std::move(*answer);
}

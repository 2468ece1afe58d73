-- Where a customer lives (a place of the gazetteer): the network incidents near them.
CREATE TABLE customer_places (
    customer_id TEXT PRIMARY KEY REFERENCES customers(id),
    place_id    TEXT NOT NULL
);

-- Known network incidents (TMF656 ServiceProblem): what is affected, where, since when and
-- until when it is expected to last.
CREATE TABLE service_problems (
    id           TEXT PRIMARY KEY,
    country      TEXT NOT NULL,
    -- The affected service: mobile-data, voice, sms.
    category     TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('acknowledged', 'inProgress', 'resolved')),
    -- TMF656 impactImportanceFactor.
    impact       TEXT NOT NULL CHECK (impact IN ('critical', 'major', 'minor')),
    -- The affected location: a place's name, its centre and radius.
    place_name   TEXT NOT NULL,
    lat          DOUBLE PRECISION NOT NULL,
    lon          DOUBLE PRECISION NOT NULL,
    radius_m     BIGINT NOT NULL,
    started_at   TEXT NOT NULL,
    expected_end TEXT,
    resolved_at  TEXT
);
CREATE INDEX service_problems_country ON service_problems(country, status);

CREATE TABLE service_problem_texts (
    problem_id  TEXT NOT NULL REFERENCES service_problems(id),
    lang        TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (problem_id, lang)
);

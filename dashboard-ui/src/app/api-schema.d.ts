/**
 * Generated from the hub's OpenAPI document by scripts/generate-api-types.mjs. Do not edit:
 * change the hub's route schemas, build the hub, then run
 * `npm run generate:api-types -w @retainer/dashboard-ui`.
 */
export interface paths {
    "/agent/v1/command-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The signed result of a command the agent received with a report */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description ≥16 random bytes, hex, never reused */
                    "x-retainer-nonce": string;
                    /** @description Base64 Ed25519 signature of RETAINER-V1\n{METHOD}\n{path}\n{timestamp}\n{nonce}\n{hex sha256 of body} */
                    "x-retainer-signature": string;
                    /** @description Site id */
                    "x-retainer-site": string;
                    /** @description Unix seconds */
                    "x-retainer-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description RFC 4122 UUID, lowercase hex
                         */
                        command_id: string;
                        error?: {
                            code: string;
                            message: string;
                        };
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp, UTC preferred
                         */
                        finished_at: string;
                        output: {
                            [key: string]: unknown;
                        };
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp, UTC preferred
                         */
                        started_at: string;
                        status: "ok" | "failed" | "rejected";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description RFC 4122 UUID, lowercase hex
                             */
                            command_id: string;
                            status: "recorded" | "duplicate";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agent/v1/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bind an agent key to a site with a one-time enrollment code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A version string as the software reports it */
                        agent_version: string;
                        enrollment_code: string;
                        /** @description A version string as the software reports it */
                        php_version: string;
                        /** @description Ed25519 public key, 32 raw bytes, standard base64 */
                        public_key: string;
                        /** Format: uri */
                        site_url: string;
                        /** @description A version string as the software reports it */
                        wp_version: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Ed25519 public key, 32 raw bytes, standard base64 */
                            hub_public_key: string;
                            report_interval_s: number;
                            /**
                             * Format: uuid
                             * @description RFC 4122 UUID, lowercase hex
                             */
                            site_id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agent/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A signed status report; stored once per report_id */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description ≥16 random bytes, hex, never reused */
                    "x-retainer-nonce": string;
                    /** @description Base64 Ed25519 signature of RETAINER-V1\n{METHOD}\n{path}\n{timestamp}\n{nonce}\n{hex sha256 of body} */
                    "x-retainer-signature": string;
                    /** @description Site id */
                    "x-retainer-site": string;
                    /** @description Unix seconds */
                    "x-retainer-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A version string as the software reports it */
                        agent_version: string;
                        backups?: {
                            /** @description Backups of the last 60 days, newest first */
                            records: {
                                destinations: {
                                    bucket?: string;
                                    endpoint?: string;
                                    kind: "local" | "s3" | "s3-compatible" | "sftp" | "ftp" | "dropbox" | "gdrive" | "onedrive" | "azure" | "backblaze" | "email" | "host" | "other";
                                    /** @description What the backup plugin calls it */
                                    label?: string;
                                    /** @description Remote folder or file name, when known */
                                    path?: string;
                                    prefix?: string;
                                    region?: string;
                                }[];
                                evidence: "listed-at-destination" | "uploaded-per-log" | "destination-configured" | "none";
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp, UTC preferred
                                 */
                                finished_at: string | null;
                                /** @description The plugin’s own id of this backup (timestamp, job run, task id) */
                                id: string;
                                notes?: string;
                                /** @description At least one destination is on another machine */
                                offsite: boolean;
                                ok: boolean;
                                /** @description db, files, plugins, themes, uploads, others … */
                                parts: string[];
                                size_bytes: number | null;
                                /** @description updraftplus, backwpup, wpvivid, … */
                                source: string;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp, UTC preferred
                                 */
                                started_at: string | null;
                            }[];
                            sources: {
                                /** @description The plugin is installed and active */
                                detected: boolean;
                                reason: string | null;
                                source: string;
                                /** @description unknown: its stored data could not be read */
                                status: "ok" | "unknown";
                            }[];
                        };
                        core: {
                            locale: string;
                            multisite: boolean;
                            /** @description Newest core version offered by WordPress, null when up to date */
                            update_version: string | (never | null);
                            /** @description A version string as the software reports it */
                            version: string;
                        };
                        environment: {
                            /**
                             * Format: uri
                             * @description The agent's signed commands endpoint
                             */
                            commands_url: string;
                            db_server: string;
                            /** @description A version string as the software reports it */
                            db_version: string | null;
                            /** @description A version string as the software reports it */
                            php_version: string;
                            web_server: string;
                        };
                        /**
                         * Format: date-time
                         * @description RFC 3339 timestamp, UTC preferred
                         */
                        generated_at: string;
                        health: {
                            /** @description When WordPress's Site Health last ran its tests */
                            checked_at: string | (never | null);
                            critical: number;
                            good: number;
                            recommended: number;
                            status: "good" | "recommended" | "critical" | "unknown";
                        };
                        plugins: {
                            active: boolean;
                            auto_update: boolean;
                            /** @description Plugin basename, e.g. akismet/akismet.php */
                            file: string;
                            name: string;
                            network_active: boolean;
                            /** @description A version string as the software reports it */
                            update_version: string | null;
                            version: string;
                        }[];
                        /** @enum {number} */
                        protocol_version: 1;
                        /**
                         * Format: uuid
                         * @description RFC 4122 UUID, lowercase hex
                         */
                        report_id: string;
                        /** Format: uri */
                        site_url: string;
                        themes: {
                            active: boolean;
                            auto_update: boolean;
                            name: string;
                            stylesheet: string;
                            /** @description A version string as the software reports it */
                            update_version: string | null;
                            version: string;
                        }[];
                        /** @description Pending translation updates */
                        translations: {
                            language: string;
                            slug: string;
                            type: "core" | "plugin" | "theme";
                            version: string;
                        }[];
                        /** @description What made the agent build this report */
                        trigger: "cron" | "upgrade" | "manual" | "command" | "connect" | "backup";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Commands waiting for this site */
                            commands: {
                                args: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * Format: uuid
                                 * @description RFC 4122 UUID, lowercase hex
                                 */
                                command_id: string;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp, UTC preferred
                                 */
                                expires_at: string;
                                /**
                                 * Format: date-time
                                 * @description RFC 3339 timestamp, UTC preferred
                                 */
                                issued_at: string;
                                /**
                                 * Format: uuid
                                 * @description RFC 4122 UUID, lowercase hex
                                 */
                                site_id: string;
                                /** @description One of: sync, apply_updates */
                                type: string;
                            }[];
                            /**
                             * Format: uuid
                             * @description RFC 4122 UUID, lowercase hex
                             */
                            report_id: string;
                            status: "stored" | "duplicate";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agent/v1/update-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Signed outcomes of apply_updates items (the agent's outbox); each event_id is stored once */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description ≥16 random bytes, hex, never reused */
                    "x-retainer-nonce": string;
                    /** @description Base64 Ed25519 signature of RETAINER-V1\n{METHOD}\n{path}\n{timestamp}\n{nonce}\n{hex sha256 of body} */
                    "x-retainer-signature": string;
                    /** @description Site id */
                    "x-retainer-site": string;
                    /** @description Unix seconds */
                    "x-retainer-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        events: {
                            /**
                             * Format: uuid
                             * @description RFC 4122 UUID, lowercase hex
                             */
                            command_id: string;
                            /**
                             * Format: uuid
                             * @description RFC 4122 UUID, lowercase hex
                             */
                            event_id: string;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp, UTC preferred
                             */
                            finished_at: string;
                            /** @description A version string as the software reports it */
                            from_version: string | null;
                            item: {
                                id: string;
                                name: string;
                                type: "core" | "plugin" | "theme" | "translation";
                            };
                            outcome: "updated" | "failed" | "rolled_back" | "skipped";
                            probes: {
                                after: {
                                    error?: string;
                                    /** @description The body carried a PHP fatal error / critical error marker */
                                    fatal_marker: boolean;
                                    ms: number;
                                    /** @description HTTP status, null when the request failed */
                                    status: number | null;
                                    url: string;
                                }[];
                                after_rollback: {
                                    error?: string;
                                    /** @description The body carried a PHP fatal error / critical error marker */
                                    fatal_marker: boolean;
                                    ms: number;
                                    /** @description HTTP status, null when the request failed */
                                    status: number | null;
                                    url: string;
                                }[];
                                before: {
                                    error?: string;
                                    /** @description The body carried a PHP fatal error / critical error marker */
                                    fatal_marker: boolean;
                                    ms: number;
                                    /** @description HTTP status, null when the request failed */
                                    status: number | null;
                                    url: string;
                                }[];
                            };
                            /** @description Human-readable explanation, with the evidence for a rollback */
                            reason: string | null;
                            reason_code: ("UNKNOWN_ITEM" | "NO_UPDATE" | "VERSION_MISMATCH" | "REQUIREMENTS_NOT_MET" | "FS_NOT_DIRECT" | "UPGRADER_FAILED" | "SITE_BROKEN" | "ROLLBACK_FAILED" | "SITE_UNHEALTHY_BEFORE" | "HELD") | (never | null);
                            /**
                             * Format: uuid
                             * @description RFC 4122 UUID, lowercase hex
                             */
                            run_id: string | null;
                            /**
                             * Format: date-time
                             * @description RFC 3339 timestamp, UTC preferred
                             */
                            started_at: string;
                            /** @description A version string as the software reports it */
                            to_version: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            duplicates: number;
                            stored: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                config: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                created_at: string;
                                enabled: boolean;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                type: string;
                                /** Format: date-time */
                                updated_at: string;
                            }[];
                            types: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        config: {
                            [key: string]: unknown;
                        };
                        enabled?: boolean;
                        name: string;
                        /** @description A registered channel type: email, webhook, slack */
                        type: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            config: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            created_at: string;
                            enabled: boolean;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            type: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            config: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            created_at: string;
                            enabled: boolean;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            type: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        config?: {
                            [key: string]: unknown;
                        };
                        enabled?: boolean;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            config: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            created_at: string;
                            enabled: boolean;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            type: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/alert-channels/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test message through the channel now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string | null;
                            ok: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alert deliveries with attempts, last error and next retry */
        get: {
            parameters: {
                query: {
                    incident_id?: string;
                    limit: number;
                    offset: number;
                    site_id?: string;
                    status?: "pending" | "delivered" | "failed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: number;
                                /** Format: uuid */
                                channel_id: string;
                                channel_name: string;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                delivered_at: string | null;
                                event: "opened" | "resolved";
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                incident_id: string;
                                last_error: string | null;
                                /** Format: date-time */
                                next_attempt_at: string | null;
                                /** Format: uuid */
                                site_id: string;
                                status: "pending" | "delivered" | "failed";
                                title: string;
                            }[];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; returns a bearer token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            user: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                role: "owner" | "technician";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            role: "owner" | "technician";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create the first owner with the one-time setup token printed at first start */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            user: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                role: "owner" | "technician";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/setup-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the hub still needs its first owner */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            needs_setup: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Backup verdict of every site, worst first */
        get: {
            parameters: {
                query: {
                    limit: number;
                    offset: number;
                    verdict?: "ok" | "warning" | "failing" | "unknown";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                client_id: string;
                                /** Format: date-time */
                                evaluated_at: string | null;
                                evidence: ("listed-at-destination" | "uploaded-per-log" | "destination-configured" | "none") | (never | null);
                                label: string;
                                newest_offsite_age_h: number | null;
                                /** Format: date-time */
                                newest_offsite_at: string | null;
                                reasons: {
                                    /** @description Stable machine code, e.g. offsite-too-old, local-only, retention-too-short */
                                    code: string;
                                    /** @description Human-readable, e.g. "newest offsite backup is 31 days old" */
                                    message: string;
                                    severity: "warning" | "failing" | "unknown";
                                }[];
                                /** Format: uuid */
                                site_id: string;
                                url: string;
                                verdict: "ok" | "warning" | "failing" | "unknown";
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reminders and unpaid reviews the billing schedule wrote */
        get: {
            parameters: {
                query: {
                    client_id?: string;
                    kind?: string;
                    limit: number;
                    offset: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                body: string;
                                client_id: string | null;
                                created_at: string;
                                details: unknown;
                                id: string;
                                kind: string;
                                notice_date: string;
                                recipient: string | null;
                                sent_at: string | null;
                                status: string;
                                subject: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    limit: number;
                    offset: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                contact_email: string;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: uuid */
                                id: string;
                                locale: string;
                                name: string;
                                site_count: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        contact_email: string;
                        /**
                         * @description Report language, e.g. en, fr, it, fr_CA
                         * @default en
                         */
                        locale?: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact_email: string;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: uuid */
                            id: string;
                            locale: string;
                            name: string;
                            site_count: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact_email: string;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: uuid */
                            id: string;
                            locale: string;
                            name: string;
                            site_count: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        contact_email?: string;
                        /**
                         * @description Report language, e.g. en, fr, it, fr_CA
                         * @default en
                         */
                        locale?: string;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact_email: string;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: uuid */
                            id: string;
                            locale: string;
                            name: string;
                            site_count: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/clients/{id}/billing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's billing settings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billing_email: string | null;
                            billing_term_months: (1 | 3 | 6 | 12) | (never | null);
                            card_exp_month: number | null;
                            card_exp_year: number | null;
                            /** Format: uuid */
                            client_id: string;
                            effective_term_months: (1 | 3 | 6 | 12) | (never | null);
                            go_live_date: string | null;
                            payment_method: "manual" | "card";
                            payment_terms_days: number;
                            /** Format: uuid */
                            plan_id: string | null;
                            /** @description Basis points: 2000 = 20 % */
                            tax_rate_bp: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Set a client's plan, go-live date, billing term, tax rate, card expiry (month/year only) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        billing_email?: string | null;
                        billing_term_months?: (1 | 3 | 6 | 12) | (never | null);
                        card_exp_month?: number | null;
                        card_exp_year?: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        go_live_date?: string | null;
                        payment_method?: "manual" | "card";
                        payment_terms_days?: number;
                        /** Format: uuid */
                        plan_id?: string | null;
                        tax_rate_bp?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            billing_email: string | null;
                            billing_term_months: (1 | 3 | 6 | 12) | (never | null);
                            card_exp_month: number | null;
                            card_exp_year: number | null;
                            /** Format: uuid */
                            client_id: string;
                            effective_term_months: (1 | 3 | 6 | 12) | (never | null);
                            go_live_date: string | null;
                            payment_method: "manual" | "card";
                            payment_terms_days: number;
                            /** Format: uuid */
                            plan_id: string | null;
                            /** @description Basis points: 2000 = 20 % */
                            tax_rate_bp: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's work-log usage against its plan for one month, with the billable overage */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM */
                    month: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            client_id: string;
                            currency: string;
                            hourly_rate_cents: number;
                            minutes: {
                                available: number;
                                carried_over: number;
                                included: number;
                                over: number;
                                remaining: number;
                                /** @description Minutes of 'work' entries this month */
                                used: number;
                            };
                            month: string;
                            overage: {
                                amount_cents: number;
                                minutes: number;
                            };
                            plan: {
                                id: string;
                                name: string;
                            } | null;
                            repairs: {
                                included: number;
                                over_minutes: number;
                                /** @description This month's entries beyond the allowance (billed by their minutes) */
                                over_this_month: number;
                                period: "month" | "year";
                                /** @description Used in the allowance period up to the end of this month */
                                used_in_period: number;
                                used_this_month: number;
                            };
                            restores: {
                                included: number;
                                over_minutes: number;
                                /** @description This month's entries beyond the allowance (billed by their minutes) */
                                over_this_month: number;
                                period: "month" | "year";
                                /** @description Used in the allowance period up to the end of this month */
                                used_in_period: number;
                                used_this_month: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    client_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description The latest revision is accepted */
                                accepted: boolean;
                                client_id: string;
                                client_name: string;
                                created_at: string;
                                current_revision: number;
                                /** Format: uuid */
                                id: string;
                                /** @description Newest first */
                                revisions: {
                                    acceptance: {
                                        accepted_at: string;
                                        accepted_name: string;
                                        body_sha256: string;
                                        ip: string;
                                        user_agent: string;
                                    } | null;
                                    body: string;
                                    body_sha256: string;
                                    created_at: string;
                                    free_text: string;
                                    late_payment_policy: string;
                                    payment_terms_days: number;
                                    plan_id: string | null;
                                    plan_name: string;
                                    revision: number;
                                    sent_at: string | null;
                                    sent_to: string | null;
                                    start_date: string;
                                }[];
                                start_date: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Bind a client to a plan from a start date (revision 1, emailed for acceptance unless send is false) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        client_id: string;
                        free_text?: string;
                        late_payment_policy?: string;
                        payment_terms_days?: number;
                        /** Format: uuid */
                        plan_id: string;
                        /** @description Email the new revision to the client with an acceptance link (default true) */
                        send?: boolean;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        start_date: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The latest revision is accepted */
                            accepted: boolean;
                            client_id: string;
                            client_name: string;
                            created_at: string;
                            current_revision: number;
                            /** Format: uuid */
                            id: string;
                            /** @description Newest first */
                            revisions: {
                                acceptance: {
                                    accepted_at: string;
                                    accepted_name: string;
                                    body_sha256: string;
                                    ip: string;
                                    user_agent: string;
                                } | null;
                                body: string;
                                body_sha256: string;
                                created_at: string;
                                free_text: string;
                                late_payment_policy: string;
                                payment_terms_days: number;
                                plan_id: string | null;
                                plan_name: string;
                                revision: number;
                                sent_at: string | null;
                                sent_to: string | null;
                                start_date: string;
                            }[];
                            start_date: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contract with every revision and acceptance, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The latest revision is accepted */
                            accepted: boolean;
                            client_id: string;
                            client_name: string;
                            created_at: string;
                            current_revision: number;
                            /** Format: uuid */
                            id: string;
                            /** @description Newest first */
                            revisions: {
                                acceptance: {
                                    accepted_at: string;
                                    accepted_name: string;
                                    body_sha256: string;
                                    ip: string;
                                    user_agent: string;
                                } | null;
                                body: string;
                                body_sha256: string;
                                created_at: string;
                                free_text: string;
                                late_payment_policy: string;
                                payment_terms_days: number;
                                plan_id: string | null;
                                plan_name: string;
                                revision: number;
                                sent_at: string | null;
                                sent_to: string | null;
                                start_date: string;
                            }[];
                            start_date: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the terms: a new revision, emailed for acceptance unless send is false */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        free_text?: string;
                        late_payment_policy?: string;
                        payment_terms_days?: number;
                        /** Format: uuid */
                        plan_id?: string;
                        /** @description Email the new revision to the client with an acceptance link (default true) */
                        send?: boolean;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        start_date?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The latest revision is accepted */
                            accepted: boolean;
                            client_id: string;
                            client_name: string;
                            created_at: string;
                            current_revision: number;
                            /** Format: uuid */
                            id: string;
                            /** @description Newest first */
                            revisions: {
                                acceptance: {
                                    accepted_at: string;
                                    accepted_name: string;
                                    body_sha256: string;
                                    ip: string;
                                    user_agent: string;
                                } | null;
                                body: string;
                                body_sha256: string;
                                created_at: string;
                                free_text: string;
                                late_payment_policy: string;
                                payment_terms_days: number;
                                plan_id: string | null;
                                plan_name: string;
                                revision: number;
                                sent_at: string | null;
                                sent_to: string | null;
                                start_date: string;
                            }[];
                            start_date: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/revisions/{revision}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    revision: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/revisions/{revision}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email the latest revision again with a fresh acceptance link */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    revision: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The latest revision is accepted */
                            accepted: boolean;
                            client_id: string;
                            client_name: string;
                            created_at: string;
                            current_revision: number;
                            /** Format: uuid */
                            id: string;
                            /** @description Newest first */
                            revisions: {
                                acceptance: {
                                    accepted_at: string;
                                    accepted_name: string;
                                    body_sha256: string;
                                    ip: string;
                                    user_agent: string;
                                } | null;
                                body: string;
                                body_sha256: string;
                                created_at: string;
                                free_text: string;
                                late_payment_policy: string;
                                payment_terms_days: number;
                                plan_id: string | null;
                                plan_name: string;
                                revision: number;
                                sent_at: string | null;
                                sent_to: string | null;
                                start_date: string;
                            }[];
                            start_date: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    client_id?: string;
                    /** @description YYYY-MM-DD */
                    from?: string;
                    limit: number;
                    offset: number;
                    status?: "draft" | "sent" | "paid" | "failed" | "void";
                    /** @description YYYY-MM-DD */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                client_id: string | null;
                                client_name: string;
                                created_at: string;
                                currency: string;
                                /** @description Automatic email delivery of a draft the schedule made; null for manual drafts and sent invoices */
                                delivery: {
                                    /** @description Failed email attempts so far */
                                    attempts: number;
                                    last_error: string | null;
                                    /** @description When the next automatic attempt is due; null = given up, send it by hand */
                                    next_attempt_at: string | null;
                                } | null;
                                due_date: string;
                                /** Format: uuid */
                                id: string;
                                issue_date: string;
                                lines: {
                                    amount_cents: number;
                                    description: string;
                                    kind: "plan_fee" | "proration" | "overage" | "other";
                                    quantity: number;
                                    unit_cents: number;
                                }[];
                                number: number;
                                /** @description e.g. INV-000042 */
                                number_text: string;
                                paid_at: string | null;
                                payment_provider: string;
                                period_end: string | null;
                                period_start: string | null;
                                provider_reference: string | null;
                                schedule_key: string | null;
                                sent_at: string | null;
                                sent_to: string | null;
                                status: "draft" | "sent" | "paid" | "failed" | "void";
                                subtotal_cents: number;
                                tax_cents: number;
                                tax_rate_bp: number;
                                total_cents: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** A one-off invoice (draft) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        client_id: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        issue_date?: string;
                        lines: {
                            description: string;
                            kind?: "plan_fee" | "proration" | "overage" | "other";
                            quantity: number;
                            unit_cents: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            client_id: string | null;
                            client_name: string;
                            created_at: string;
                            currency: string;
                            /** @description Automatic email delivery of a draft the schedule made; null for manual drafts and sent invoices */
                            delivery: {
                                /** @description Failed email attempts so far */
                                attempts: number;
                                last_error: string | null;
                                /** @description When the next automatic attempt is due; null = given up, send it by hand */
                                next_attempt_at: string | null;
                            } | null;
                            due_date: string;
                            /** Format: uuid */
                            id: string;
                            issue_date: string;
                            lines: {
                                amount_cents: number;
                                description: string;
                                kind: "plan_fee" | "proration" | "overage" | "other";
                                quantity: number;
                                unit_cents: number;
                            }[];
                            number: number;
                            /** @description e.g. INV-000042 */
                            number_text: string;
                            paid_at: string | null;
                            payment_provider: string;
                            period_end: string | null;
                            period_start: string | null;
                            provider_reference: string | null;
                            schedule_key: string | null;
                            sent_at: string | null;
                            sent_to: string | null;
                            status: "draft" | "sent" | "paid" | "failed" | "void";
                            subtotal_cents: number;
                            tax_cents: number;
                            tax_rate_bp: number;
                            total_cents: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            client_id: string | null;
                            client_name: string;
                            created_at: string;
                            currency: string;
                            /** @description Automatic email delivery of a draft the schedule made; null for manual drafts and sent invoices */
                            delivery: {
                                /** @description Failed email attempts so far */
                                attempts: number;
                                last_error: string | null;
                                /** @description When the next automatic attempt is due; null = given up, send it by hand */
                                next_attempt_at: string | null;
                            } | null;
                            due_date: string;
                            /** Format: uuid */
                            id: string;
                            issue_date: string;
                            lines: {
                                amount_cents: number;
                                description: string;
                                kind: "plan_fee" | "proration" | "overage" | "other";
                                quantity: number;
                                unit_cents: number;
                            }[];
                            number: number;
                            /** @description e.g. INV-000042 */
                            number_text: string;
                            paid_at: string | null;
                            payment_provider: string;
                            period_end: string | null;
                            period_start: string | null;
                            provider_reference: string | null;
                            schedule_key: string | null;
                            sent_at: string | null;
                            sent_to: string | null;
                            status: "draft" | "sent" | "paid" | "failed" | "void";
                            subtotal_cents: number;
                            tax_cents: number;
                            tax_rate_bp: number;
                            total_cents: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/mark-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a failed payment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            client_id: string | null;
                            client_name: string;
                            created_at: string;
                            currency: string;
                            /** @description Automatic email delivery of a draft the schedule made; null for manual drafts and sent invoices */
                            delivery: {
                                /** @description Failed email attempts so far */
                                attempts: number;
                                last_error: string | null;
                                /** @description When the next automatic attempt is due; null = given up, send it by hand */
                                next_attempt_at: string | null;
                            } | null;
                            due_date: string;
                            /** Format: uuid */
                            id: string;
                            issue_date: string;
                            lines: {
                                amount_cents: number;
                                description: string;
                                kind: "plan_fee" | "proration" | "overage" | "other";
                                quantity: number;
                                unit_cents: number;
                            }[];
                            number: number;
                            /** @description e.g. INV-000042 */
                            number_text: string;
                            paid_at: string | null;
                            payment_provider: string;
                            period_end: string | null;
                            period_start: string | null;
                            provider_reference: string | null;
                            schedule_key: string | null;
                            sent_at: string | null;
                            sent_to: string | null;
                            status: "draft" | "sent" | "paid" | "failed" | "void";
                            subtotal_cents: number;
                            tax_cents: number;
                            tax_rate_bp: number;
                            total_cents: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/mark-paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        paid_at?: string;
                        reference?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            client_id: string | null;
                            client_name: string;
                            created_at: string;
                            currency: string;
                            /** @description Automatic email delivery of a draft the schedule made; null for manual drafts and sent invoices */
                            delivery: {
                                /** @description Failed email attempts so far */
                                attempts: number;
                                last_error: string | null;
                                /** @description When the next automatic attempt is due; null = given up, send it by hand */
                                next_attempt_at: string | null;
                            } | null;
                            due_date: string;
                            /** Format: uuid */
                            id: string;
                            issue_date: string;
                            lines: {
                                amount_cents: number;
                                description: string;
                                kind: "plan_fee" | "proration" | "overage" | "other";
                                quantity: number;
                                unit_cents: number;
                            }[];
                            number: number;
                            /** @description e.g. INV-000042 */
                            number_text: string;
                            paid_at: string | null;
                            payment_provider: string;
                            period_end: string | null;
                            period_start: string | null;
                            provider_reference: string | null;
                            schedule_key: string | null;
                            sent_at: string | null;
                            sent_to: string | null;
                            status: "draft" | "sent" | "paid" | "failed" | "void";
                            subtotal_cents: number;
                            tax_cents: number;
                            tax_rate_bp: number;
                            total_cents: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email the invoice (PDF attached) to the client */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            client_id: string | null;
                            client_name: string;
                            created_at: string;
                            currency: string;
                            /** @description Automatic email delivery of a draft the schedule made; null for manual drafts and sent invoices */
                            delivery: {
                                /** @description Failed email attempts so far */
                                attempts: number;
                                last_error: string | null;
                                /** @description When the next automatic attempt is due; null = given up, send it by hand */
                                next_attempt_at: string | null;
                            } | null;
                            due_date: string;
                            /** Format: uuid */
                            id: string;
                            issue_date: string;
                            lines: {
                                amount_cents: number;
                                description: string;
                                kind: "plan_fee" | "proration" | "overage" | "other";
                                quantity: number;
                                unit_cents: number;
                            }[];
                            number: number;
                            /** @description e.g. INV-000042 */
                            number_text: string;
                            paid_at: string | null;
                            payment_provider: string;
                            period_end: string | null;
                            period_start: string | null;
                            provider_reference: string | null;
                            schedule_key: string | null;
                            sent_at: string | null;
                            sent_to: string | null;
                            status: "draft" | "sent" | "paid" | "failed" | "void";
                            subtotal_cents: number;
                            tax_cents: number;
                            tax_rate_bp: number;
                            total_cents: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void an unpaid invoice (its number stays used) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            client_id: string | null;
                            client_name: string;
                            created_at: string;
                            currency: string;
                            /** @description Automatic email delivery of a draft the schedule made; null for manual drafts and sent invoices */
                            delivery: {
                                /** @description Failed email attempts so far */
                                attempts: number;
                                last_error: string | null;
                                /** @description When the next automatic attempt is due; null = given up, send it by hand */
                                next_attempt_at: string | null;
                            } | null;
                            due_date: string;
                            /** Format: uuid */
                            id: string;
                            issue_date: string;
                            lines: {
                                amount_cents: number;
                                description: string;
                                kind: "plan_fee" | "proration" | "overage" | "other";
                                quantity: number;
                                unit_cents: number;
                            }[];
                            number: number;
                            /** @description e.g. INV-000042 */
                            number_text: string;
                            paid_at: string | null;
                            payment_provider: string;
                            period_end: string | null;
                            period_start: string | null;
                            provider_reference: string | null;
                            schedule_key: string | null;
                            sent_at: string | null;
                            sent_to: string | null;
                            status: "draft" | "sent" | "paid" | "failed" | "void";
                            subtotal_cents: number;
                            tax_cents: number;
                            tax_rate_bp: number;
                            total_cents: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invoices as CSV for accounting (by issue date) */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD */
                    from?: string;
                    /** @description YYYY-MM-DD */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    limit: number;
                    offset: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Period of the restore/repair allowance (calendar month or year) */
                                allowance_period: "month" | "year";
                                backup_max_age_days: number;
                                backup_retention_days: number;
                                /** @description Monthly (1) or prepaid 3/6/12 months */
                                billing_term_months: 1 | 3 | 6 | 12;
                                client_count: number;
                                /** Format: date-time */
                                created_at: string;
                                /** @description ISO 4217, e.g. EUR */
                                currency: string;
                                description: string;
                                exclusions: string[];
                                /** @description Overage rate */
                                hourly_rate_cents: number;
                                /** Format: uuid */
                                id: string;
                                /** @description Support time included per month */
                                included_minutes: number;
                                included_repairs: number;
                                included_restores: number;
                                inclusions: string[];
                                /** @description Unused minutes carry over to the next month (one month only); default is use it or lose it */
                                minutes_roll_over: boolean;
                                monthly_fee_cents: number;
                                name: string;
                                report_mode: "auto_send" | "needs_approval";
                                /** Format: date-time */
                                updated_at: string;
                                uptime_interval_s: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Period of the restore/repair allowance (calendar month or year) */
                        allowance_period?: "month" | "year";
                        backup_max_age_days?: number;
                        backup_retention_days?: number;
                        /** @description Monthly (1) or prepaid 3/6/12 months */
                        billing_term_months?: 1 | 3 | 6 | 12;
                        /** @description ISO 4217, e.g. EUR */
                        currency?: string;
                        description?: string;
                        exclusions?: string[];
                        /** @description Overage rate */
                        hourly_rate_cents?: number;
                        /** @description Support time included per month */
                        included_minutes?: number;
                        included_repairs?: number;
                        included_restores?: number;
                        inclusions?: string[];
                        /** @description Unused minutes carry over to the next month (one month only); default is use it or lose it */
                        minutes_roll_over?: boolean;
                        monthly_fee_cents: number;
                        name: string;
                        report_mode?: "auto_send" | "needs_approval";
                        uptime_interval_s?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Period of the restore/repair allowance (calendar month or year) */
                            allowance_period: "month" | "year";
                            backup_max_age_days: number;
                            backup_retention_days: number;
                            /** @description Monthly (1) or prepaid 3/6/12 months */
                            billing_term_months: 1 | 3 | 6 | 12;
                            client_count: number;
                            /** Format: date-time */
                            created_at: string;
                            /** @description ISO 4217, e.g. EUR */
                            currency: string;
                            description: string;
                            exclusions: string[];
                            /** @description Overage rate */
                            hourly_rate_cents: number;
                            /** Format: uuid */
                            id: string;
                            /** @description Support time included per month */
                            included_minutes: number;
                            included_repairs: number;
                            included_restores: number;
                            inclusions: string[];
                            /** @description Unused minutes carry over to the next month (one month only); default is use it or lose it */
                            minutes_roll_over: boolean;
                            monthly_fee_cents: number;
                            name: string;
                            report_mode: "auto_send" | "needs_approval";
                            /** Format: date-time */
                            updated_at: string;
                            uptime_interval_s: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Period of the restore/repair allowance (calendar month or year) */
                            allowance_period: "month" | "year";
                            backup_max_age_days: number;
                            backup_retention_days: number;
                            /** @description Monthly (1) or prepaid 3/6/12 months */
                            billing_term_months: 1 | 3 | 6 | 12;
                            client_count: number;
                            /** Format: date-time */
                            created_at: string;
                            /** @description ISO 4217, e.g. EUR */
                            currency: string;
                            description: string;
                            exclusions: string[];
                            /** @description Overage rate */
                            hourly_rate_cents: number;
                            /** Format: uuid */
                            id: string;
                            /** @description Support time included per month */
                            included_minutes: number;
                            included_repairs: number;
                            included_restores: number;
                            inclusions: string[];
                            /** @description Unused minutes carry over to the next month (one month only); default is use it or lose it */
                            minutes_roll_over: boolean;
                            monthly_fee_cents: number;
                            name: string;
                            report_mode: "auto_send" | "needs_approval";
                            /** Format: date-time */
                            updated_at: string;
                            uptime_interval_s: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Period of the restore/repair allowance (calendar month or year) */
                        allowance_period?: "month" | "year";
                        backup_max_age_days?: number;
                        backup_retention_days?: number;
                        /** @description Monthly (1) or prepaid 3/6/12 months */
                        billing_term_months?: 1 | 3 | 6 | 12;
                        /** @description ISO 4217, e.g. EUR */
                        currency?: string;
                        description?: string;
                        exclusions?: string[];
                        /** @description Overage rate */
                        hourly_rate_cents?: number;
                        /** @description Support time included per month */
                        included_minutes?: number;
                        included_repairs?: number;
                        included_restores?: number;
                        inclusions?: string[];
                        /** @description Unused minutes carry over to the next month (one month only); default is use it or lose it */
                        minutes_roll_over?: boolean;
                        monthly_fee_cents?: number;
                        name?: string;
                        report_mode?: "auto_send" | "needs_approval";
                        uptime_interval_s?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Period of the restore/repair allowance (calendar month or year) */
                            allowance_period: "month" | "year";
                            backup_max_age_days: number;
                            backup_retention_days: number;
                            /** @description Monthly (1) or prepaid 3/6/12 months */
                            billing_term_months: 1 | 3 | 6 | 12;
                            client_count: number;
                            /** Format: date-time */
                            created_at: string;
                            /** @description ISO 4217, e.g. EUR */
                            currency: string;
                            description: string;
                            exclusions: string[];
                            /** @description Overage rate */
                            hourly_rate_cents: number;
                            /** Format: uuid */
                            id: string;
                            /** @description Support time included per month */
                            included_minutes: number;
                            included_repairs: number;
                            included_restores: number;
                            inclusions: string[];
                            /** @description Unused minutes carry over to the next month (one month only); default is use it or lose it */
                            minutes_roll_over: boolean;
                            monthly_fee_cents: number;
                            name: string;
                            report_mode: "auto_send" | "needs_approval";
                            /** Format: date-time */
                            updated_at: string;
                            uptime_interval_s: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Monthly reports by month / client / status, with delivery status */
        get: {
            parameters: {
                query: {
                    client_id?: string;
                    limit: number;
                    /** @description Calendar month, YYYY-MM */
                    month?: string;
                    offset: number;
                    /** @description needs_approval: waiting for the freelancer; approved: queued for delivery; sent: delivered; failed: delivery gave up (see the delivery log) */
                    status?: "needs_approval" | "approved" | "sent" | "failed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Reports whose delivery failed, over all months: non-zero needs the freelancer */
                            failed_total: number;
                            items: {
                                /** Format: date-time */
                                approved_at: string | null;
                                /** Format: uuid */
                                client_id: string;
                                client_name: string;
                                delivery: {
                                    /** Format: date-time */
                                    alerted_at: string | null;
                                    attempts: number;
                                    /** Format: date-time */
                                    created_at: string;
                                    /** Format: date-time */
                                    delivered_at: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    kind: "initial" | "resend";
                                    last_error: string | null;
                                    /** Format: date-time */
                                    next_attempt_at: string | null;
                                    recipient: string;
                                    status: "pending" | "delivered" | "failed";
                                } | null;
                                /** @description The latest delivery gave up: the client has not received this report (or its resend) */
                                delivery_failed: boolean;
                                /** Format: date-time */
                                generated_at: string;
                                /** Format: uuid */
                                id: string;
                                locale: string;
                                mode: "auto_send" | "needs_approval";
                                /** @description Calendar month, YYYY-MM */
                                month: string;
                                /** Format: date-time */
                                sent_at: string | null;
                                /** @description needs_approval: waiting for the freelancer; approved: queued for delivery; sent: delivered; failed: delivery gave up (see the delivery log) */
                                status: "needs_approval" | "approved" | "sent" | "failed";
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report: figures, note, planned work, delivery status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            approved_at: string | null;
                            /** Format: uuid */
                            client_id: string;
                            client_name: string;
                            /** @description The month’s figures (snapshot taken at generation) */
                            data: {
                                [key: string]: unknown;
                            };
                            delivery: {
                                /** Format: date-time */
                                alerted_at: string | null;
                                attempts: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                delivered_at: string | null;
                                /** Format: uuid */
                                id: string;
                                kind: "initial" | "resend";
                                last_error: string | null;
                                /** Format: date-time */
                                next_attempt_at: string | null;
                                recipient: string;
                                status: "pending" | "delivered" | "failed";
                            } | null;
                            /** @description The latest delivery gave up: the client has not received this report (or its resend) */
                            delivery_failed: boolean;
                            /** Format: date-time */
                            generated_at: string;
                            /** Format: uuid */
                            id: string;
                            locale: string;
                            mode: "auto_send" | "needs_approval";
                            /** @description Calendar month, YYYY-MM */
                            month: string;
                            note: string;
                            /** Format: date-time */
                            period_end: string;
                            /** Format: date-time */
                            period_start: string;
                            planned_work: string;
                            /** Format: date-time */
                            sent_at: string | null;
                            /** @description needs_approval: waiting for the freelancer; approved: queued for delivery; sent: delivered; failed: delivery gave up (see the delivery log) */
                            status: "needs_approval" | "approved" | "sent" | "failed";
                            timezone: string;
                            /** @description Signed link to the web copy (the one the email carries), valid until web_url_expires_at */
                            web_url: string;
                            /** Format: date-time */
                            web_url_expires_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit the note and next month’s planned work (before sending) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        planned_work?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            approved_at: string | null;
                            /** Format: uuid */
                            client_id: string;
                            client_name: string;
                            /** @description The month’s figures (snapshot taken at generation) */
                            data: {
                                [key: string]: unknown;
                            };
                            delivery: {
                                /** Format: date-time */
                                alerted_at: string | null;
                                attempts: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                delivered_at: string | null;
                                /** Format: uuid */
                                id: string;
                                kind: "initial" | "resend";
                                last_error: string | null;
                                /** Format: date-time */
                                next_attempt_at: string | null;
                                recipient: string;
                                status: "pending" | "delivered" | "failed";
                            } | null;
                            /** @description The latest delivery gave up: the client has not received this report (or its resend) */
                            delivery_failed: boolean;
                            /** Format: date-time */
                            generated_at: string;
                            /** Format: uuid */
                            id: string;
                            locale: string;
                            mode: "auto_send" | "needs_approval";
                            /** @description Calendar month, YYYY-MM */
                            month: string;
                            note: string;
                            /** Format: date-time */
                            period_end: string;
                            /** Format: date-time */
                            period_start: string;
                            planned_work: string;
                            /** Format: date-time */
                            sent_at: string | null;
                            /** @description needs_approval: waiting for the freelancer; approved: queued for delivery; sent: delivered; failed: delivery gave up (see the delivery log) */
                            status: "needs_approval" | "approved" | "sent" | "failed";
                            timezone: string;
                            /** @description Signed link to the web copy (the one the email carries), valid until web_url_expires_at */
                            web_url: string;
                            /** Format: date-time */
                            web_url_expires_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/reports/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a report waiting for approval: its email is queued */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            approved_at: string | null;
                            /** Format: uuid */
                            client_id: string;
                            client_name: string;
                            /** @description The month’s figures (snapshot taken at generation) */
                            data: {
                                [key: string]: unknown;
                            };
                            delivery: {
                                /** Format: date-time */
                                alerted_at: string | null;
                                attempts: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                delivered_at: string | null;
                                /** Format: uuid */
                                id: string;
                                kind: "initial" | "resend";
                                last_error: string | null;
                                /** Format: date-time */
                                next_attempt_at: string | null;
                                recipient: string;
                                status: "pending" | "delivered" | "failed";
                            } | null;
                            /** @description The latest delivery gave up: the client has not received this report (or its resend) */
                            delivery_failed: boolean;
                            /** Format: date-time */
                            generated_at: string;
                            /** Format: uuid */
                            id: string;
                            locale: string;
                            mode: "auto_send" | "needs_approval";
                            /** @description Calendar month, YYYY-MM */
                            month: string;
                            note: string;
                            /** Format: date-time */
                            period_end: string;
                            /** Format: date-time */
                            period_start: string;
                            planned_work: string;
                            /** Format: date-time */
                            sent_at: string | null;
                            /** @description needs_approval: waiting for the freelancer; approved: queued for delivery; sent: delivered; failed: delivery gave up (see the delivery log) */
                            status: "needs_approval" | "approved" | "sent" | "failed";
                            timezone: string;
                            /** @description Signed link to the web copy (the one the email carries), valid until web_url_expires_at */
                            web_url: string;
                            /** Format: date-time */
                            web_url_expires_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every delivery of a report and every SMTP attempt */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                alerted_at: string | null;
                                attempts: number;
                                attempts_log: {
                                    /** Format: date-time */
                                    at: string;
                                    attempt: number;
                                    ok: boolean;
                                    smtp_response: string | null;
                                }[];
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                delivered_at: string | null;
                                /** Format: uuid */
                                id: string;
                                kind: "initial" | "resend";
                                last_error: string | null;
                                /** Format: date-time */
                                next_attempt_at: string | null;
                                recipient: string;
                                status: "pending" | "delivered" | "failed";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The PDF copy attached to the email */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report as the client will see it (HTML) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute the figures from the current data (before sending) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            approved_at: string | null;
                            /** Format: uuid */
                            client_id: string;
                            client_name: string;
                            /** @description The month’s figures (snapshot taken at generation) */
                            data: {
                                [key: string]: unknown;
                            };
                            delivery: {
                                /** Format: date-time */
                                alerted_at: string | null;
                                attempts: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                delivered_at: string | null;
                                /** Format: uuid */
                                id: string;
                                kind: "initial" | "resend";
                                last_error: string | null;
                                /** Format: date-time */
                                next_attempt_at: string | null;
                                recipient: string;
                                status: "pending" | "delivered" | "failed";
                            } | null;
                            /** @description The latest delivery gave up: the client has not received this report (or its resend) */
                            delivery_failed: boolean;
                            /** Format: date-time */
                            generated_at: string;
                            /** Format: uuid */
                            id: string;
                            locale: string;
                            mode: "auto_send" | "needs_approval";
                            /** @description Calendar month, YYYY-MM */
                            month: string;
                            note: string;
                            /** Format: date-time */
                            period_end: string;
                            /** Format: date-time */
                            period_start: string;
                            planned_work: string;
                            /** Format: date-time */
                            sent_at: string | null;
                            /** @description needs_approval: waiting for the freelancer; approved: queued for delivery; sent: delivered; failed: delivery gave up (see the delivery log) */
                            status: "needs_approval" | "approved" | "sent" | "failed";
                            timezone: string;
                            /** @description Signed link to the web copy (the one the email carries), valid until web_url_expires_at */
                            web_url: string;
                            /** Format: date-time */
                            web_url_expires_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a sent report again to the client’s contact address */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            approved_at: string | null;
                            /** Format: uuid */
                            client_id: string;
                            client_name: string;
                            /** @description The month’s figures (snapshot taken at generation) */
                            data: {
                                [key: string]: unknown;
                            };
                            delivery: {
                                /** Format: date-time */
                                alerted_at: string | null;
                                attempts: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                delivered_at: string | null;
                                /** Format: uuid */
                                id: string;
                                kind: "initial" | "resend";
                                last_error: string | null;
                                /** Format: date-time */
                                next_attempt_at: string | null;
                                recipient: string;
                                status: "pending" | "delivered" | "failed";
                            } | null;
                            /** @description The latest delivery gave up: the client has not received this report (or its resend) */
                            delivery_failed: boolean;
                            /** Format: date-time */
                            generated_at: string;
                            /** Format: uuid */
                            id: string;
                            locale: string;
                            mode: "auto_send" | "needs_approval";
                            /** @description Calendar month, YYYY-MM */
                            month: string;
                            note: string;
                            /** Format: date-time */
                            period_end: string;
                            /** Format: date-time */
                            period_start: string;
                            planned_work: string;
                            /** Format: date-time */
                            sent_at: string | null;
                            /** @description needs_approval: waiting for the freelancer; approved: queued for delivery; sent: delivered; failed: delivery gave up (see the delivery log) */
                            status: "needs_approval" | "approved" | "sent" | "failed";
                            timezone: string;
                            /** @description Signed link to the web copy (the one the email carries), valid until web_url_expires_at */
                            web_url: string;
                            /** Format: date-time */
                            web_url_expires_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver an approved report now (or try a failed delivery again) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            approved_at: string | null;
                            /** Format: uuid */
                            client_id: string;
                            client_name: string;
                            /** @description The month’s figures (snapshot taken at generation) */
                            data: {
                                [key: string]: unknown;
                            };
                            delivery: {
                                /** Format: date-time */
                                alerted_at: string | null;
                                attempts: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                delivered_at: string | null;
                                /** Format: uuid */
                                id: string;
                                kind: "initial" | "resend";
                                last_error: string | null;
                                /** Format: date-time */
                                next_attempt_at: string | null;
                                recipient: string;
                                status: "pending" | "delivered" | "failed";
                            } | null;
                            /** @description The latest delivery gave up: the client has not received this report (or its resend) */
                            delivery_failed: boolean;
                            /** Format: date-time */
                            generated_at: string;
                            /** Format: uuid */
                            id: string;
                            locale: string;
                            mode: "auto_send" | "needs_approval";
                            /** @description Calendar month, YYYY-MM */
                            month: string;
                            note: string;
                            /** Format: date-time */
                            period_end: string;
                            /** Format: date-time */
                            period_start: string;
                            planned_work: string;
                            /** Format: date-time */
                            sent_at: string | null;
                            /** @description needs_approval: waiting for the freelancer; approved: queued for delivery; sent: delivered; failed: delivery gave up (see the delivery log) */
                            status: "needs_approval" | "approved" | "sent" | "failed";
                            timezone: string;
                            /** @description Signed link to the web copy (the one the email carries), valid until web_url_expires_at */
                            web_url: string;
                            /** Format: date-time */
                            web_url_expires_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/branding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Business name, logo, accent colour, reply-to and footer of the reports */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accent_color: string;
                            business_name: string;
                            footer: string;
                            logo: string | null;
                            reply_to: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Set the reports’ branding */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accent_color: string;
                        business_name: string;
                        footer: string;
                        logo: string | null;
                        /** Format: email */
                        reply_to: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accent_color: string;
                            business_name: string;
                            footer: string;
                            logo: string | null;
                            reply_to: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create the reports of a finished month for every client that has none yet (what the job on the 1st does) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Calendar month, YYYY-MM */
                        month: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            existing: number;
                            /** @description Calendar month, YYYY-MM */
                            month: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/security-advisories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recorded advisories, newest first, each with the number of connected sites still on an affected version */
        get: {
            parameters: {
                query?: {
                    slug?: string;
                    type?: "core" | "plugin" | "theme";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                affected_from: string | null;
                                affected_sites: number;
                                /** Format: date-time */
                                created_at: string;
                                fixed_in: string;
                                /** Format: uuid */
                                id: string;
                                reference_url: string | null;
                                severity: "low" | "medium" | "high" | "critical";
                                slug: string;
                                title: string;
                                type: "core" | "plugin" | "theme";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record an advisory: updates of the item that cross fixed_in become security updates everywhere */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        affected_from?: string | null;
                        fixed_in: string;
                        /** Format: uri */
                        reference_url?: string | null;
                        severity: "low" | "medium" | "high" | "critical";
                        slug: string;
                        title: string;
                        type: "core" | "plugin" | "theme";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            affected_from: string | null;
                            affected_sites: number;
                            /** Format: date-time */
                            created_at: string;
                            fixed_in: string;
                            /** Format: uuid */
                            id: string;
                            reference_url: string | null;
                            severity: "low" | "medium" | "high" | "critical";
                            slug: string;
                            title: string;
                            type: "core" | "plugin" | "theme";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/security-advisories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an advisory (recorded by mistake) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the hub sends email (from its environment; credentials never shown) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The URL carries credentials (never shown) */
                            authenticated: boolean;
                            /** @description SMTP_URL is set: the hub sends email */
                            configured: boolean;
                            /** @description The sender of test emails and client reports */
                            from: string | null;
                            host: string | null;
                            port: number | null;
                            /** @description TLS from the first byte (smtps://) */
                            secure: boolean | null;
                            senders: {
                                address: string;
                                /** @description true: no sender is configured and the hub uses retainer-hub@localhost, which many servers refuse */
                                placeholder: boolean;
                                purpose: "reports" | "alerts" | "billing";
                                variable: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/email/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test email now (to the signed-in user's address unless `to` is given) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: email
                         * @description Defaults to the signed-in user's email
                         */
                        to?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            delivered: true;
                            from: string;
                            /** @description The SMTP server's reply to the message, e.g. 250 OK */
                            response: string;
                            to: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fleet list: paged, sorted and filtered on the server */
        get: {
            parameters: {
                query: {
                    backup?: "ok" | "warning" | "failing" | "unknown" | "not_evaluated";
                    client_id?: string;
                    has_updates?: boolean;
                    limit: number;
                    offset: number;
                    order: "asc" | "desc";
                    /** @description Text contained in the label or URL */
                    q?: string;
                    sort: "label" | "url" | "client" | "last_report_at" | "wp_version" | "updates_pending" | "created_at";
                    status?: "pending" | "connected" | "revoked";
                    uptime?: "unknown" | "up" | "down" | "degraded" | "paused" | "not_monitored";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                agent_version: string | null;
                                /** Format: uuid */
                                client_id: string;
                                client_name: string;
                                /** Format: date-time */
                                created_at: string;
                                health: {
                                    /** @description An agent-silent incident is open: the agent stopped reporting */
                                    agent_silent: boolean;
                                    backup: "ok" | "warning" | "failing" | "unknown" | "not_evaluated";
                                    uptime: "unknown" | "up" | "down" | "degraded" | "paused" | "not_monitored";
                                };
                                /** Format: uuid */
                                id: string;
                                label: string;
                                /** Format: date-time */
                                last_report_at: string | null;
                                php_version: string | null;
                                status: "pending" | "connected" | "revoked";
                                updates: {
                                    core: number;
                                    plugins: number;
                                    themes: number;
                                    total: number;
                                    translations: number;
                                };
                                url: string;
                                wp_version: string | null;
                            }[];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        client_id: string;
                        label?: string;
                        /** Format: uri */
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agent_version: string | null;
                            /** Format: uuid */
                            client_id: string;
                            client_name: string;
                            /** Format: date-time */
                            created_at: string;
                            health: {
                                /** @description An agent-silent incident is open: the agent stopped reporting */
                                agent_silent: boolean;
                                backup: "ok" | "warning" | "failing" | "unknown" | "not_evaluated";
                                uptime: "unknown" | "up" | "down" | "degraded" | "paused" | "not_monitored";
                            };
                            /** Format: uuid */
                            id: string;
                            label: string;
                            /** Format: date-time */
                            last_report_at: string | null;
                            php_version: string | null;
                            status: "pending" | "connected" | "revoked";
                            updates: {
                                core: number;
                                plugins: number;
                                themes: number;
                                total: number;
                                translations: number;
                            };
                            url: string;
                            wp_version: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One site with its latest inventory */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agent_version: string | null;
                            /** Format: uuid */
                            client_id: string;
                            client_name: string;
                            /** Format: date-time */
                            created_at: string;
                            enrollment: {
                                /** Format: date-time */
                                active_code_expires_at: string | null;
                                /** Format: date-time */
                                enrolled_at: string | null;
                            };
                            health: {
                                /** @description An agent-silent incident is open: the agent stopped reporting */
                                agent_silent: boolean;
                                backup: "ok" | "warning" | "failing" | "unknown" | "not_evaluated";
                                uptime: "unknown" | "up" | "down" | "degraded" | "paused" | "not_monitored";
                            };
                            /** Format: uuid */
                            id: string;
                            inventory: {
                                core: {
                                    locale: string;
                                    multisite: boolean;
                                    /** @description Newest core version offered by WordPress, null when up to date */
                                    update_version: string | (never | null);
                                    /** @description A version string as the software reports it */
                                    version: string;
                                };
                                environment: {
                                    /**
                                     * Format: uri
                                     * @description The agent's signed commands endpoint
                                     */
                                    commands_url: string;
                                    db_server: string;
                                    /** @description A version string as the software reports it */
                                    db_version: string | null;
                                    /** @description A version string as the software reports it */
                                    php_version: string;
                                    web_server: string;
                                };
                                /** Format: date-time */
                                generated_at: string;
                                health: {
                                    /** @description When WordPress's Site Health last ran its tests */
                                    checked_at: string | (never | null);
                                    critical: number;
                                    good: number;
                                    recommended: number;
                                    status: "good" | "recommended" | "critical" | "unknown";
                                };
                                plugins: {
                                    active: boolean;
                                    auto_update: boolean;
                                    /** @description Plugin basename, e.g. akismet/akismet.php */
                                    file: string;
                                    name: string;
                                    network_active: boolean;
                                    /** @description A version string as the software reports it */
                                    update_version: string | null;
                                    version: string;
                                }[];
                                /** Format: date-time */
                                received_at: string;
                                /** Format: uuid */
                                report_id: string;
                                themes: {
                                    active: boolean;
                                    auto_update: boolean;
                                    name: string;
                                    stylesheet: string;
                                    /** @description A version string as the software reports it */
                                    update_version: string | null;
                                    version: string;
                                }[];
                                translations: {
                                    language: string;
                                    slug: string;
                                    type: "core" | "plugin" | "theme";
                                    version: string;
                                }[];
                            } | null;
                            label: string;
                            /** Format: date-time */
                            last_report_at: string | null;
                            php_version: string | null;
                            status: "pending" | "connected" | "revoked";
                            updates: {
                                core: number;
                                plugins: number;
                                themes: number;
                                total: number;
                                translations: number;
                            };
                            url: string;
                            wp_version: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a site and everything it reported; its agent is refused from then on */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        client_id?: string;
                        label?: string;
                        /** Format: uri */
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agent_version: string | null;
                            /** Format: uuid */
                            client_id: string;
                            client_name: string;
                            /** Format: date-time */
                            created_at: string;
                            health: {
                                /** @description An agent-silent incident is open: the agent stopped reporting */
                                agent_silent: boolean;
                                backup: "ok" | "warning" | "failing" | "unknown" | "not_evaluated";
                                uptime: "unknown" | "up" | "down" | "degraded" | "paused" | "not_monitored";
                            };
                            /** Format: uuid */
                            id: string;
                            label: string;
                            /** Format: date-time */
                            last_report_at: string | null;
                            php_version: string | null;
                            status: "pending" | "connected" | "revoked";
                            updates: {
                                core: number;
                                plugins: number;
                                themes: number;
                                total: number;
                                translations: number;
                            };
                            url: string;
                            wp_version: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/sites/{id}/backup-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Effective backup policy of a site and where each value comes from */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            defaults: {
                                /** @description Newest offsite backup must be younger (hours) */
                                max_offsite_age_h: number;
                                min_evidence: "listed-at-destination" | "uploaded-per-log" | "destination-configured";
                                /** @description Oldest offsite backup still kept must be at least this old (days); 0 = no rule. At most 60: agents report 60 days of history */
                                min_retention_days: number;
                            };
                            effective: {
                                /** @description Newest offsite backup must be younger (hours) */
                                max_offsite_age_h: number;
                                min_evidence: "listed-at-destination" | "uploaded-per-log" | "destination-configured";
                                /** @description Oldest offsite backup still kept must be at least this old (days); 0 = no rule. At most 60: agents report 60 days of history */
                                min_retention_days: number;
                            };
                            origin: {
                                max_offsite_age_h: "site" | "plan" | "global";
                                min_evidence: "site" | "plan" | "global";
                                min_retention_days: "site" | "plan" | "global";
                            };
                            overrides: {
                                max_offsite_age_h: number | null;
                                min_evidence: ("listed-at-destination" | "uploaded-per-log" | "destination-configured") | (never | null);
                                min_retention_days: number | null;
                            };
                            /** Format: uuid */
                            site_id: string;
                            verdict: {
                                /** Format: date-time */
                                changed_at: string | null;
                                /** Format: date-time */
                                evaluated_at: string | null;
                                evidence: ("listed-at-destination" | "uploaded-per-log" | "destination-configured" | "none") | (never | null);
                                newest_offsite_age_h: number | null;
                                /** Format: date-time */
                                newest_offsite_at: string | null;
                                reasons: {
                                    /** @description Stable machine code, e.g. offsite-too-old, local-only, retention-too-short */
                                    code: string;
                                    /** @description Human-readable, e.g. "newest offsite backup is 31 days old" */
                                    message: string;
                                    severity: "warning" | "failing" | "unknown";
                                }[];
                                verdict: "ok" | "warning" | "failing" | "unknown";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Override the backup policy of a site (null = inherit) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Newest offsite backup must be younger (hours) */
                        max_offsite_age_h?: number | null;
                        min_evidence?: ("listed-at-destination" | "uploaded-per-log" | "destination-configured") | (never | null);
                        /** @description Oldest offsite backup still kept must be at least this old (days); 0 = no rule. At most 60: agents report 60 days of history */
                        min_retention_days?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            defaults: {
                                /** @description Newest offsite backup must be younger (hours) */
                                max_offsite_age_h: number;
                                min_evidence: "listed-at-destination" | "uploaded-per-log" | "destination-configured";
                                /** @description Oldest offsite backup still kept must be at least this old (days); 0 = no rule. At most 60: agents report 60 days of history */
                                min_retention_days: number;
                            };
                            effective: {
                                /** @description Newest offsite backup must be younger (hours) */
                                max_offsite_age_h: number;
                                min_evidence: "listed-at-destination" | "uploaded-per-log" | "destination-configured";
                                /** @description Oldest offsite backup still kept must be at least this old (days); 0 = no rule. At most 60: agents report 60 days of history */
                                min_retention_days: number;
                            };
                            origin: {
                                max_offsite_age_h: "site" | "plan" | "global";
                                min_evidence: "site" | "plan" | "global";
                                min_retention_days: "site" | "plan" | "global";
                            };
                            overrides: {
                                max_offsite_age_h: number | null;
                                min_evidence: ("listed-at-destination" | "uploaded-per-log" | "destination-configured") | (never | null);
                                min_retention_days: number | null;
                            };
                            /** Format: uuid */
                            site_id: string;
                            verdict: {
                                /** Format: date-time */
                                changed_at: string | null;
                                /** Format: date-time */
                                evaluated_at: string | null;
                                evidence: ("listed-at-destination" | "uploaded-per-log" | "destination-configured" | "none") | (never | null);
                                newest_offsite_age_h: number | null;
                                /** Format: date-time */
                                newest_offsite_at: string | null;
                                reasons: {
                                    /** @description Stable machine code, e.g. offsite-too-old, local-only, retention-too-short */
                                    code: string;
                                    /** @description Human-readable, e.g. "newest offsite backup is 31 days old" */
                                    message: string;
                                    severity: "warning" | "failing" | "unknown";
                                }[];
                                verdict: "ok" | "warning" | "failing" | "unknown";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/backup-storage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** S3-compatible credentials the hub uses to verify offsite copies (stored encrypted, never returned) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        access_key_id: string;
                        bucket: string;
                        /** @description For S3-compatible services; omit for AWS */
                        endpoint?: string;
                        force_path_style?: boolean;
                        prefix?: string;
                        region: string;
                        secret_access_key: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_key_id: string;
                            bucket: string;
                            endpoint: string | null;
                            force_path_style: boolean;
                            has_secret: boolean;
                            /** Format: date-time */
                            last_verified_at: string | null;
                            prefix: string;
                            region: string;
                            /** Format: uuid */
                            site_id: string;
                            /** Format: date-time */
                            updated_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/backup-storage/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the offsite destination now and compare it with what the backup plugin claims */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            checked_at: string;
                            /** Format: date-time */
                            newest_object_at: string | null;
                            newest_object_key: string | null;
                            objects: number;
                            reason: string | null;
                            status: "ok" | "mismatch" | "error";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Backup records, verdict and verdict history of one site */
        get: {
            parameters: {
                query: {
                    events_limit: number;
                    records_limit: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                /** Format: date-time */
                                at: string;
                                from: ("ok" | "warning" | "failing" | "unknown") | (never | null);
                                /** Format: uuid */
                                id: string;
                                reasons: {
                                    /** @description Stable machine code, e.g. offsite-too-old, local-only, retention-too-short */
                                    code: string;
                                    /** @description Human-readable, e.g. "newest offsite backup is 31 days old" */
                                    message: string;
                                    severity: "warning" | "failing" | "unknown";
                                }[];
                                to: "ok" | "warning" | "failing" | "unknown";
                            }[];
                            /** Format: date-time */
                            last_backups_report_at: string | null;
                            /** @description The hub’s own check of the S3-compatible destination (no credentials) */
                            offsite_verification: {
                                bucket: string;
                                endpoint: string | null;
                                /** Format: date-time */
                                last_verified_at: string | null;
                                prefix: string;
                                result: {
                                    /** Format: date-time */
                                    checked_at: string;
                                    /** Format: date-time */
                                    newest_object_at: string | null;
                                    newest_object_key: string | null;
                                    objects: number;
                                    reason: string | null;
                                    status: "ok" | "mismatch" | "error";
                                } | null;
                            } | null;
                            records: {
                                /** @description Listed by the latest report (or recorded by hand): still kept */
                                current: boolean;
                                destinations: {
                                    bucket?: string;
                                    endpoint?: string;
                                    kind: "local" | "s3" | "s3-compatible" | "sftp" | "ftp" | "dropbox" | "gdrive" | "onedrive" | "azure" | "backblaze" | "email" | "host" | "other";
                                    /** @description What the backup plugin calls it */
                                    label?: string;
                                    /** @description Remote folder or file name, when known */
                                    path?: string;
                                    prefix?: string;
                                    region?: string;
                                }[];
                                evidence: "listed-at-destination" | "uploaded-per-log" | "destination-configured" | "none";
                                /** Format: date-time */
                                finished_at: string | null;
                                /** Format: date-time */
                                first_seen_at: string;
                                id: string;
                                notes: string | null;
                                offsite: boolean;
                                ok: boolean;
                                /** @description agent: read from the site’s backup plugin; hub: recorded by the freelancer */
                                origin: "agent" | "hub";
                                parts: string[];
                                size_bytes: number | null;
                                source: string;
                                /** Format: date-time */
                                started_at: string | null;
                            }[];
                            /** Format: uuid */
                            site_id: string;
                            sources: {
                                detected: boolean;
                                reason: string | null;
                                source: string;
                                status: "ok" | "unknown";
                            }[] | null;
                            verdict: {
                                /** Format: date-time */
                                changed_at: string | null;
                                /** Format: date-time */
                                evaluated_at: string | null;
                                evidence: ("listed-at-destination" | "uploaded-per-log" | "destination-configured" | "none") | (never | null);
                                newest_offsite_age_h: number | null;
                                /** Format: date-time */
                                newest_offsite_at: string | null;
                                reasons: {
                                    /** @description Stable machine code, e.g. offsite-too-old, local-only, retention-too-short */
                                    code: string;
                                    /** @description Human-readable, e.g. "newest offsite backup is 31 days old" */
                                    message: string;
                                    severity: "warning" | "failing" | "unknown";
                                }[];
                                verdict: "ok" | "warning" | "failing" | "unknown";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a host snapshot or a backup made outside the site’s plugin */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        destinations?: {
                            bucket?: string;
                            endpoint?: string;
                            kind: "local" | "s3" | "s3-compatible" | "sftp" | "ftp" | "dropbox" | "gdrive" | "onedrive" | "azure" | "backblaze" | "email" | "host" | "other";
                            /** @description What the backup plugin calls it */
                            label?: string;
                            /** @description Remote folder or file name, when known */
                            path?: string;
                            prefix?: string;
                            region?: string;
                        }[];
                        evidence?: "listed-at-destination" | "uploaded-per-log" | "destination-configured" | "none";
                        /** Format: date-time */
                        finished_at: string;
                        id?: string;
                        /** @description host-snapshot: the hosting company’s snapshot; manual: any backup made outside the site’s plugin */
                        kind: "host-snapshot" | "manual";
                        notes?: string;
                        offsite: boolean;
                        /** @default true */
                        ok?: boolean;
                        parts?: string[];
                        size_bytes?: number;
                        /** Format: date-time */
                        started_at?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Listed by the latest report (or recorded by hand): still kept */
                            current: boolean;
                            destinations: {
                                bucket?: string;
                                endpoint?: string;
                                kind: "local" | "s3" | "s3-compatible" | "sftp" | "ftp" | "dropbox" | "gdrive" | "onedrive" | "azure" | "backblaze" | "email" | "host" | "other";
                                /** @description What the backup plugin calls it */
                                label?: string;
                                /** @description Remote folder or file name, when known */
                                path?: string;
                                prefix?: string;
                                region?: string;
                            }[];
                            evidence: "listed-at-destination" | "uploaded-per-log" | "destination-configured" | "none";
                            /** Format: date-time */
                            finished_at: string | null;
                            /** Format: date-time */
                            first_seen_at: string;
                            id: string;
                            notes: string | null;
                            offsite: boolean;
                            ok: boolean;
                            /** @description agent: read from the site’s backup plugin; hub: recorded by the freelancer */
                            origin: "agent" | "hub";
                            parts: string[];
                            size_bytes: number | null;
                            source: string;
                            /** Format: date-time */
                            started_at: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Raw checks, newest first */
        get: {
            parameters: {
                query: {
                    from?: string;
                    limit: number;
                    offset: number;
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                checked_at: string;
                                error: string | null;
                                error_class: ("dns" | "connect" | "tls" | "timeout" | "status" | "keyword" | "redirect" | "other") | (never | null);
                                http_status: number | null;
                                response_ms: number | null;
                                /** Format: date-time */
                                scheduled_for: string;
                                status: "up" | "down" | "degraded";
                                suppressed: boolean;
                                /** Format: date-time */
                                tls_expires_at: string | null;
                            }[];
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                command_id: string;
                                /** Format: date-time */
                                created_at: string;
                                delivery_attempts: number;
                                /** Format: date-time */
                                expires_at: string;
                                /** Format: date-time */
                                finished_at: string | null;
                                last_delivery_error: string | null;
                                result: {
                                    [key: string]: unknown;
                                } | null;
                                /** Format: date-time */
                                sent_at: string | null;
                                status: "pending" | "sent" | "done" | "failed" | "expired";
                                type: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Send a signed command to the site (pushed now, or with its next report) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        args?: {
                            [key: string]: unknown;
                        };
                        type: "sync" | "apply_updates";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            command_id: string;
                            /** Format: date-time */
                            created_at: string;
                            delivery_attempts: number;
                            /** Format: date-time */
                            expires_at: string;
                            /** Format: date-time */
                            finished_at: string | null;
                            last_delivery_error: string | null;
                            result: {
                                [key: string]: unknown;
                            } | null;
                            /** Format: date-time */
                            sent_at: string | null;
                            status: "pending" | "sent" | "done" | "failed" | "expired";
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/commands/{commandId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    commandId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            command_id: string;
                            /** Format: date-time */
                            created_at: string;
                            delivery_attempts: number;
                            /** Format: date-time */
                            expires_at: string;
                            /** Format: date-time */
                            finished_at: string | null;
                            last_delivery_error: string | null;
                            result: {
                                [key: string]: unknown;
                            } | null;
                            /** Format: date-time */
                            sent_at: string | null;
                            status: "pending" | "sent" | "done" | "failed" | "expired";
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/enrollment-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A one-time code for the agent to enroll with (replaces any unused one) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** Format: date-time */
                            expires_at: string;
                            /** @description The hub address to paste into the plugin with the code (HUB_PUBLIC_URL) */
                            hub_url: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    kind?: "down" | "agent_silent" | "tls_expiring";
                    limit: number;
                    offset: number;
                    open?: boolean;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                cause: string;
                                detail: string | null;
                                /** @description Until resolution; null while open */
                                duration_s: number | null;
                                /** Format: uuid */
                                id: string;
                                kind: "down" | "agent_silent" | "tls_expiring";
                                /** Format: date-time */
                                opened_at: string;
                                /** Format: date-time */
                                resolved_at: string | null;
                                /** Format: uuid */
                                site_id: string;
                                /** Format: date-time */
                                started_at: string;
                            }[];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/maintenance-windows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current and future maintenance windows */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                ends_at: string;
                                /** Format: uuid */
                                id: string;
                                reason: string;
                                /** Format: uuid */
                                site_id: string;
                                /** Format: date-time */
                                starts_at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Suppress incidents and alerts for the site during a window */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        ends_at: string;
                        reason?: string;
                        /** Format: date-time */
                        starts_at: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            ends_at: string;
                            /** Format: uuid */
                            id: string;
                            reason: string;
                            /** Format: uuid */
                            site_id: string;
                            /** Format: date-time */
                            starts_at: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/maintenance-windows/{windowId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    windowId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/monitor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted_status_codes: string[];
                            check_tls: boolean;
                            confirm_failures: number;
                            consecutive_failures: number;
                            effective_url: string;
                            follow_redirects: boolean;
                            interval_s: number;
                            keyword: string | null;
                            keyword_mode: "contains" | "not_contains";
                            /** Format: date-time */
                            last_check_at: string | null;
                            max_redirects: number;
                            /** Format: date-time */
                            next_check_at: string | null;
                            paused: boolean;
                            /** Format: uuid */
                            site_id: string;
                            slow_ms: number | null;
                            status: "unknown" | "up" | "down" | "degraded";
                            timeout_ms: number;
                            /** Format: date-time */
                            tls_expires_at: string | null;
                            url: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Replace the monitor settings (omitted fields take their defaults) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default [
                         *       "200-399"
                         *     ]
                         */
                        accepted_status_codes?: string[];
                        /**
                         * @description Verify the certificate and warn 14 days before it expires
                         * @default true
                         */
                        check_tls?: boolean;
                        /**
                         * @description Consecutive failed checks before the site is declared down
                         * @default 2
                         */
                        confirm_failures?: number;
                        /** @default true */
                        follow_redirects?: boolean;
                        /** @default 60 */
                        interval_s?: number;
                        keyword?: string | null;
                        /** @default contains */
                        keyword_mode?: "contains" | "not_contains";
                        /** @default 5 */
                        max_redirects?: number;
                        /** @default false */
                        paused?: boolean;
                        /** @description Answers slower than this are "degraded" */
                        slow_ms?: number | null;
                        /** @default 10000 */
                        timeout_ms?: number;
                        /**
                         * Format: uri
                         * @description null = the site's URL
                         */
                        url?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted_status_codes: string[];
                            check_tls: boolean;
                            confirm_failures: number;
                            consecutive_failures: number;
                            effective_url: string;
                            follow_redirects: boolean;
                            interval_s: number;
                            keyword: string | null;
                            keyword_mode: "contains" | "not_contains";
                            /** Format: date-time */
                            last_check_at: string | null;
                            max_redirects: number;
                            /** Format: date-time */
                            next_check_at: string | null;
                            paused: boolean;
                            /** Format: uuid */
                            site_id: string;
                            slow_ms: number | null;
                            status: "unknown" | "up" | "down" | "degraded";
                            timeout_ms: number;
                            /** Format: date-time */
                            tls_expires_at: string | null;
                            url: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse the site's agent from now on (a new enrollment code reconnects it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agent_version: string | null;
                            /** Format: uuid */
                            client_id: string;
                            client_name: string;
                            /** Format: date-time */
                            created_at: string;
                            health: {
                                /** @description An agent-silent incident is open: the agent stopped reporting */
                                agent_silent: boolean;
                                backup: "ok" | "warning" | "failing" | "unknown" | "not_evaluated";
                                uptime: "unknown" | "up" | "down" | "degraded" | "paused" | "not_monitored";
                            };
                            /** Format: uuid */
                            id: string;
                            label: string;
                            /** Format: date-time */
                            last_report_at: string | null;
                            php_version: string | null;
                            status: "pending" | "connected" | "revoked";
                            updates: {
                                core: number;
                                plugins: number;
                                themes: number;
                                total: number;
                                translations: number;
                            };
                            url: string;
                            wp_version: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/rollups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daily rollups (UTC days, default the last 30) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                checks: number;
                                /** Format: date */
                                day: string;
                                incident_minutes: number;
                                p50_ms: number | null;
                                p95_ms: number | null;
                                up_checks: number;
                                uptime_pct: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}/uptime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Uptime % over any period */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks: number;
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                            up_checks: number;
                            uptime_pct: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import up to 1,000 sites at once, with their clients (found by name or created) and one-time enrollment codes; all or nothing (owner only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description How long the codes stay valid (default: ENROLLMENT_CODE_TTL_H); a large fleet may need days to install */
                        code_valid_hours?: number;
                        /**
                         * @description Create a one-time enrollment code for every imported site
                         * @default true
                         */
                        enrollment_codes: boolean;
                        rows: {
                            /** @description Client name: an existing client (same name, any case) or a new one */
                            client: string;
                            /**
                             * Format: email
                             * @description Needed for a new client
                             */
                            client_email?: string;
                            label?: string;
                            /** Format: uri */
                            url: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created_clients: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            hub_url: string;
                            sites: {
                                /** Format: uuid */
                                client_id: string;
                                client_name: string;
                                code: string | null;
                                /** Format: date-time */
                                code_expires_at: string | null;
                                label: string;
                                /** @description Index of the row in the request */
                                row: number;
                                /** Format: uuid */
                                site_id: string;
                                url: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Work-log entries, newest first, by client, site, month and kind */
        get: {
            parameters: {
                query: {
                    client_id?: string;
                    /** @description restore / repair count against the plan's allowances */
                    kind?: "work" | "restore" | "repair";
                    limit: number;
                    /** @description YYYY-MM */
                    month?: string;
                    offset: number;
                    site_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                client_id: string;
                                /** Format: date-time */
                                created_at: string;
                                created_by: string | null;
                                description: string;
                                /** Format: uuid */
                                id: string;
                                /** @description restore / repair count against the plan's allowances */
                                kind: "work" | "restore" | "repair";
                                minutes: number;
                                /** Format: uuid */
                                site_id: string | null;
                                /** Format: date-time */
                                updated_at: string;
                                work_date: string;
                            }[];
                            total: number;
                            total_minutes: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        client_id: string;
                        /** @description What was done (not blank) */
                        description: string;
                        /** @description restore / repair count against the plan's allowances */
                        kind?: "work" | "restore" | "repair";
                        minutes: number;
                        /** Format: uuid */
                        site_id?: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        work_date: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            client_id: string;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            /** @description restore / repair count against the plan's allowances */
                            kind: "work" | "restore" | "repair";
                            minutes: number;
                            /** Format: uuid */
                            site_id: string | null;
                            /** Format: date-time */
                            updated_at: string;
                            work_date: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            client_id: string;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            /** @description restore / repair count against the plan's allowances */
                            kind: "work" | "restore" | "repair";
                            minutes: number;
                            /** Format: uuid */
                            site_id: string | null;
                            /** Format: date-time */
                            updated_at: string;
                            work_date: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What was done (not blank) */
                        description?: string;
                        /** @description restore / repair count against the plan's allowances */
                        kind?: "work" | "restore" | "repair";
                        minutes?: number;
                        /** Format: uuid */
                        site_id?: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        work_date?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            client_id: string;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            /** @description restore / repair count against the plan's allowances */
                            kind: "work" | "restore" | "repair";
                            minutes: number;
                            /** Format: uuid */
                            site_id: string | null;
                            /** Format: date-time */
                            updated_at: string;
                            work_date: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your personal API tokens (never their secrets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                created_at: string;
                                expired: boolean;
                                /** Format: date-time */
                                expires_at: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                last_used_at: string | null;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a personal API token (from a signed-in session, not with a token); its secret is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expires_in_days?: number;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            token: {
                                /** Format: date-time */
                                created_at: string;
                                expired: boolean;
                                /** Format: date-time */
                                expires_at: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                last_used_at: string | null;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/update-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Update history (newest first), per site, client, month, outcome or run; security marks updates that crossed a recorded advisory */
        get: {
            parameters: {
                query: {
                    client_id?: string;
                    cursor?: string;
                    limit: number;
                    month?: string;
                    outcome?: "updated" | "failed" | "rolled_back" | "skipped";
                    run_id?: string;
                    site_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                /** Format: uuid */
                                client_id: string;
                                /** Format: uuid */
                                command_id: string | null;
                                /** Format: uuid */
                                event_id: string;
                                /** Format: date-time */
                                finished_at: string;
                                from_version: string | null;
                                item_id: string;
                                item_name: string;
                                item_type: "core" | "plugin" | "theme" | "translation";
                                outcome: "updated" | "failed" | "rolled_back" | "skipped";
                                probes: unknown;
                                reason: string | null;
                                reason_code: string | null;
                                /** Format: date-time */
                                received_at: string;
                                /** Format: uuid */
                                run_id: string | null;
                                security: boolean;
                                /** Format: uuid */
                                site_id: string;
                                site_label: string;
                                /** Format: date-time */
                                started_at: string;
                                to_version: string | null;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/update-holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            holds: {
                                below_version: string | null;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: uuid */
                                created_by: string | null;
                                /** Format: uuid */
                                id: string;
                                item_id: string;
                                reason: string;
                                /** Format: uuid */
                                site_id: string | null;
                                type: "core" | "plugin" | "theme" | "translation";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Hold an item on one site (site_id) or every site (site_id null), optionally only from below_version on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A version string as the software reports it */
                        below_version?: string;
                        id: string;
                        reason: string;
                        /** Format: uuid */
                        site_id: string | null;
                        type: "core" | "plugin" | "theme" | "translation";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            below_version: string | null;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: uuid */
                            created_by: string | null;
                            /** Format: uuid */
                            id: string;
                            item_id: string;
                            reason: string;
                            /** Format: uuid */
                            site_id: string | null;
                            type: "core" | "plugin" | "theme" | "translation";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/update-holds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/update-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Update runs, newest first */
        get: {
            parameters: {
                query: {
                    /** @description next_cursor from the previous page */
                    cursor?: string;
                    limit: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            next_cursor: string | null;
                            runs: {
                                /** Format: date-time */
                                cancel_requested_at: string | null;
                                concurrency: number;
                                counts: {
                                    cancelled: number;
                                    failed: number;
                                    items: number;
                                    queued: number;
                                    rolled_back: number;
                                    running: number;
                                    sites: number;
                                    skipped_held: number;
                                    updated: number;
                                };
                                /** Format: date-time */
                                created_at: string;
                                /** Format: uuid */
                                created_by: string | null;
                                /** Format: date-time */
                                finished_at: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                started_at: string | null;
                                status: "queued" | "running" | "done" | "cancelled";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start an update run: one job per site, dispatched with bounded concurrency; held items are skipped */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        concurrency?: number;
                        filter?: {
                            /** Format: uuid */
                            client_id?: string;
                            q?: string;
                            security?: boolean;
                            /** Format: uuid */
                            site_id?: string;
                        };
                        /** @description Whole items of the fleet view: every site that offers the item at to_version under `filter`, except held sites and except_site_ids */
                        items?: {
                            except_site_ids?: string[];
                            id: string;
                            /** @description A version string as the software reports it */
                            to_version: string;
                            type: "core" | "plugin" | "theme" | "translation";
                        }[];
                        /** @description Items on named sites */
                        targets?: {
                            items: {
                                id: string;
                                /** @description A version string as the software reports it */
                                to_version?: string;
                                type: "core" | "plugin" | "theme" | "translation";
                            }[];
                            /** Format: uuid */
                            site_id: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            run: {
                                /** Format: date-time */
                                cancel_requested_at: string | null;
                                concurrency: number;
                                counts: {
                                    cancelled: number;
                                    failed: number;
                                    items: number;
                                    queued: number;
                                    rolled_back: number;
                                    running: number;
                                    sites: number;
                                    skipped_held: number;
                                    updated: number;
                                };
                                /** Format: date-time */
                                created_at: string;
                                /** Format: uuid */
                                created_by: string | null;
                                /** Format: date-time */
                                finished_at: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                started_at: string | null;
                                status: "queued" | "running" | "done" | "cancelled";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/update-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A run with every job and item */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            run: {
                                /** Format: date-time */
                                cancel_requested_at: string | null;
                                concurrency: number;
                                counts: {
                                    cancelled: number;
                                    failed: number;
                                    items: number;
                                    queued: number;
                                    rolled_back: number;
                                    running: number;
                                    sites: number;
                                    skipped_held: number;
                                    updated: number;
                                };
                                /** Format: date-time */
                                created_at: string;
                                /** Format: uuid */
                                created_by: string | null;
                                /** Format: date-time */
                                finished_at: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                started_at: string | null;
                                status: "queued" | "running" | "done" | "cancelled";
                            };
                            sites: {
                                /** Format: uuid */
                                command_id: string | null;
                                items: {
                                    /** Format: date-time */
                                    finished_at: string | null;
                                    from_version: string | null;
                                    id: string;
                                    name: string;
                                    reason: string | null;
                                    reason_code: string | null;
                                    status: "queued" | "running" | "updated" | "failed" | "rolled_back" | "skipped_held" | "cancelled";
                                    to_version: string | null;
                                    type: "core" | "plugin" | "theme" | "translation";
                                }[];
                                /** Format: uuid */
                                site_id: string;
                                site_label: string;
                                status: "queued" | "dispatched" | "running" | "done" | "failed" | "cancelled";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/update-runs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a run: jobs not dispatched yet are cancelled, jobs already out finish, then the run ends as cancelled; idempotent, 409 once done */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            run: {
                                /** Format: date-time */
                                cancel_requested_at: string | null;
                                concurrency: number;
                                counts: {
                                    cancelled: number;
                                    failed: number;
                                    items: number;
                                    queued: number;
                                    rolled_back: number;
                                    running: number;
                                    sites: number;
                                    skipped_held: number;
                                    updated: number;
                                };
                                /** Format: date-time */
                                created_at: string;
                                /** Format: uuid */
                                created_by: string | null;
                                /** Format: date-time */
                                finished_at: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                started_at: string | null;
                                status: "queued" | "running" | "done" | "cancelled";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/update-runs/{id}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live progress (text/event-stream): snapshot, then site / item changes and run changes (started, cancel asked), then done; Last-Event-ID resumes */
        get: {
            parameters: {
                query?: never;
                header?: {
                    "last-event-id"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/event-stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending updates of the fleet, grouped by item, with holds */
        get: {
            parameters: {
                query?: {
                    client_id?: string;
                    /** @description false: each item without its `sites` list (counts only): the list stays small on a large fleet; load an item's sites with item_id */
                    include_sites?: boolean;
                    /** @description Only this item (with `type`, one item): how the screen loads the sites of the item it opens */
                    item_id?: string;
                    /** @description Matches the item's name or id, or the site's label (then only that site's updates are listed) */
                    q?: string;
                    security?: boolean;
                    site_id?: string;
                    type?: "core" | "plugin" | "theme" | "translation";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                from_versions: string[];
                                held_count: number;
                                id: string;
                                name: string;
                                security: boolean;
                                site_count: number;
                                sites?: {
                                    /** Format: uuid */
                                    client_id: string;
                                    client_name: string;
                                    from_version: string | null;
                                    held: boolean;
                                    hold_reason: string | null;
                                    /** Format: uuid */
                                    site_id: string;
                                    site_label: string;
                                }[];
                                to_version: string;
                                type: "core" | "plugin" | "theme" | "translation";
                            }[];
                            total_items: number;
                            total_pending: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uptime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fleet uptime: status now, uptime 24 h / 30 d, last incident (down sites first) */
        get: {
            parameters: {
                query: {
                    limit: number;
                    offset: number;
                    status?: "unknown" | "up" | "down" | "degraded";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                degraded: number;
                                down: number;
                                paused: number;
                                unknown: number;
                                up: number;
                            };
                            items: {
                                in_maintenance: boolean;
                                label: string;
                                /** Format: date-time */
                                last_check_at: string | null;
                                last_incident: {
                                    cause: string;
                                    detail: string | null;
                                    /** @description Until resolution; null while open */
                                    duration_s: number | null;
                                    /** Format: uuid */
                                    id: string;
                                    kind: "down" | "agent_silent" | "tls_expiring";
                                    /** Format: date-time */
                                    opened_at: string;
                                    /** Format: date-time */
                                    resolved_at: string | null;
                                    /** Format: uuid */
                                    site_id: string;
                                    /** Format: date-time */
                                    started_at: string;
                                } | null;
                                open_incident: {
                                    cause: string;
                                    detail: string | null;
                                    /** @description Until resolution; null while open */
                                    duration_s: number | null;
                                    /** Format: uuid */
                                    id: string;
                                    kind: "down" | "agent_silent" | "tls_expiring";
                                    /** Format: date-time */
                                    opened_at: string;
                                    /** Format: date-time */
                                    resolved_at: string | null;
                                    /** Format: uuid */
                                    site_id: string;
                                    /** Format: date-time */
                                    started_at: string;
                                } | null;
                                paused: boolean;
                                response_ms: number | null;
                                /** Format: uuid */
                                site_id: string;
                                status: "unknown" | "up" | "down" | "degraded";
                                uptime_24h: number | null;
                                uptime_30d: number | null;
                                url: string;
                            }[];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Owners and technicians (owner only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                created_at: string;
                                email: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                invite_expires_at: string | null;
                                role: "owner" | "technician";
                                status: "active" | "invited";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Invite a technician; the one-time link (72 h) is shown once (owner only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        /** @enum {string} */
                        role: "technician";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            invite_expires_at: string;
                            invite_url: string;
                            user: {
                                /** Format: date-time */
                                created_at: string;
                                email: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                invite_expires_at: string | null;
                                role: "owner" | "technician";
                                status: "active" | "invited";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a user and their API tokens; never yourself or the last owner (owner only) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a joined user's role (owner or technician); applies to their open sessions; the hub always keeps one owner (owner only) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        role: "owner" | "technician";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            invite_expires_at: string | null;
                            role: "owner" | "technician";
                            status: "active" | "invited";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new one-time link for a user who has not joined yet; earlier links stop working (owner only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            invite_expires_at: string;
                            invite_url: string;
                            user: {
                                /** Format: date-time */
                                created_at: string;
                                email: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                invite_expires_at: string | null;
                                role: "owner" | "technician";
                                status: "active" | "invited";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/invites/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join with a one-time invite link: choose a password, get a session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            user: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                role: "owner" | "technician";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "SETUP_TOKEN_INVALID" | "ENROLLMENT_CODE_INVALID" | "ENROLLMENT_CODE_EXPIRED" | "ENROLLMENT_CODE_USED" | "SIGNATURE_MISSING" | "SIGNATURE_INVALID" | "TIMESTAMP_OUT_OF_WINDOW" | "NONCE_REPLAYED" | "SITE_UNKNOWN" | "SITE_REVOKED" | "SITE_MISMATCH" | "COMMAND_UNKNOWN" | "COMMAND_EXPIRED" | "NOT_CONNECTED" | "HUB_UNREACHABLE" | "INSECURE_HUB_URL" | "SMTP_NOT_CONFIGURED" | "SMTP_FAILED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/downloads/retainer-agent.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Retainer Agent WordPress plugin as an installable zip (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Process and database health */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: string;
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: string;
                            /** @enum {string} */
                            status: "unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

//! The one schema both backends share. Written by hand to match `migrations/sqlite` and
//! `migrations/postgres`; ids are `BigInt`, times are UTC `Timestamp`, JSON is `Text`
//! (the types diesel's multi-backend connection supports).

diesel::table! {
    /// How many transactions have committed a change (PostgreSQL's part of the change marker,
    /// counted by a trigger; it stays at 0 on SQLite, which needs no count).
    change_count (id) {
        id -> SmallInt,
        commits -> BigInt,
    }
}

diesel::table! {
    outbox_emails (id) {
        id -> BigInt,
        kind -> Text,
        to_address -> Text,
        to_name -> Nullable<Text>,
        subject -> Text,
        body_text -> Text,
        body_html -> Nullable<Text>,
        sensitive -> Bool,
        message_id -> Text,
        created_at -> Timestamp,
        next_attempt_at -> Timestamp,
        attempts -> Integer,
        last_error -> Nullable<Text>,
        leased_until -> Nullable<Timestamp>,
        sent_at -> Nullable<Timestamp>,
        reply_to -> Nullable<Text>,
    }
}

diesel::table! {
    audit_events (id) {
        id -> BigInt,
        occurred_at -> Timestamp,
        actor_id -> Nullable<BigInt>,
        action -> Text,
        subject_type -> Text,
        subject_id -> Nullable<BigInt>,
        from_state -> Nullable<Text>,
        to_state -> Nullable<Text>,
        reason -> Nullable<Text>,
        details -> Nullable<Text>,
    }
}

diesel::table! {
    programmes (id) {
        id -> BigInt,
        slug -> Text,
        name -> Text,
        description -> Text,
        funder_name -> Text,
        funder_org_id -> Text,
        identifier_prefix -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        team_name -> Text,
        contact_email -> Text,
        contact_phone -> Text,
        contact_hours -> Text,
        logo_key -> Nullable<Text>,
        logo_content_type -> Nullable<Text>,
        privacy_controller -> Text,
        privacy_contact -> Text,
        privacy_dpo -> Text,
        records_retention -> Text,
        privacy_notes -> Text,
        safeguarding_name -> Text,
        safeguarding_email -> Text,
    }
}

diesel::table! {
    site_notices (id) {
        id -> BigInt,
        operator_name -> Text,
        operator_contact -> Text,
        dpo_contact -> Text,
        privacy_notes -> Text,
        accessibility_status -> Text,
        accessibility_gaps -> Text,
        accessibility_contact -> Text,
        accessibility_prepared_on -> Date,
        accessibility_reviewed_on -> Date,
        updated_by -> BigInt,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    people (id) {
        id -> BigInt,
        name -> Text,
        email -> Text,
        password_hash -> Text,
        email_verified_at -> Nullable<Timestamp>,
        is_site_admin -> Bool,
        disabled_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        language -> Nullable<Text>,
        deadline_reminders -> Bool,
        is_directory_editor -> Bool,
    }
}

diesel::table! {
    role_grants (id) {
        id -> BigInt,
        person_id -> BigInt,
        programme_id -> BigInt,
        role -> Text,
        lived_experience -> Bool,
        granted_by -> Nullable<BigInt>,
        granted_at -> Timestamp,
    }
}

diesel::table! {
    sessions (id) {
        id -> BigInt,
        person_id -> BigInt,
        token_hash -> Text,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        user_agent -> Nullable<Text>,
        second_factor_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    second_factors (person_id) {
        person_id -> BigInt,
        secret_base32 -> Text,
        confirmed_at -> Timestamp,
        last_used_step -> BigInt,
    }
}

diesel::table! {
    recovery_codes (id) {
        id -> BigInt,
        person_id -> BigInt,
        code_hash -> Text,
        created_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    account_tokens (id) {
        id -> BigInt,
        person_id -> BigInt,
        purpose -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    sign_in_failures (id) {
        id -> BigInt,
        throttle_key -> Text,
        failed_at -> Timestamp,
    }
}

diesel::table! {
    sign_in_links (id) {
        id -> BigInt,
        email -> Text,
        person_id -> Nullable<BigInt>,
        new_name -> Nullable<Text>,
        new_password_hash -> Nullable<Text>,
        next_path -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    email_requests (id) {
        id -> BigInt,
        throttle_key -> Text,
        requested_at -> Timestamp,
    }
}

diesel::table! {
    pots (id) {
        id -> BigInt,
        programme_id -> BigInt,
        financial_year -> Integer,
        name -> Text,
        transformation_total_pence -> Nullable<BigInt>,
        ring_fence_basis_points -> Nullable<Integer>,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    rounds (id) {
        id -> BigInt,
        programme_id -> BigInt,
        pot_id -> BigInt,
        slug -> Text,
        name -> Text,
        summary -> Text,
        opens_at -> Timestamp,
        closes_at -> Timestamp,
        min_award_pence -> BigInt,
        max_award_pence -> BigInt,
        eligibility -> Text,
        uses -> Text,
        decision_target_on -> Date,
        panel_size -> Integer,
        criteria_frozen_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        panel_closed_at -> Nullable<Timestamp>,
        panel_due_on -> Nullable<Date>,
        panel_reminder_sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    round_criteria (id) {
        id -> BigInt,
        round_id -> BigInt,
        key -> Text,
        title -> Text,
        description -> Text,
        weight -> Integer,
        position -> Integer,
        descriptor_1 -> Text,
        descriptor_2 -> Text,
        descriptor_3 -> Text,
        descriptor_4 -> Text,
        descriptor_5 -> Text,
    }
}

diesel::table! {
    round_eligibility_questions (id) {
        id -> BigInt,
        round_id -> BigInt,
        position -> Integer,
        question -> Text,
        rules_out -> Text,
        reason -> Text,
    }
}

diesel::table! {
    ledger_entries (id) {
        id -> BigInt,
        pot_id -> BigInt,
        round_id -> Nullable<BigInt>,
        bid_id -> Nullable<BigInt>,
        kind -> Text,
        amount_pence -> BigInt,
        reason -> Nullable<Text>,
        related_pot_id -> Nullable<BigInt>,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    community_groups (id) {
        id -> BigInt,
        name -> Text,
        kind -> Text,
        charity_number -> Text,
        company_number -> Text,
        area -> Text,
        postcode -> Text,
        website -> Text,
        contact_name -> Text,
        contact_email -> Text,
        contact_phone -> Text,
        created_by -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    group_members (id) {
        id -> BigInt,
        group_id -> BigInt,
        person_id -> BigInt,
        is_connector -> Bool,
        added_by -> Nullable<BigInt>,
        added_at -> Timestamp,
    }
}

diesel::table! {
    group_invitations (id) {
        id -> BigInt,
        group_id -> BigInt,
        email -> Text,
        token_hash -> Text,
        invited_by -> BigInt,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        accepted_at -> Nullable<Timestamp>,
        accepted_by -> Nullable<BigInt>,
    }
}

diesel::table! {
    group_equality (group_id) {
        group_id -> BigInt,
        leadership_status -> Text,
        leadership_codes -> Text,
        leadership_note -> Text,
        beneficiaries_status -> Text,
        beneficiaries_codes -> Text,
        beneficiaries_note -> Text,
        updated_by -> Nullable<BigInt>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    bids (id) {
        id -> BigInt,
        round_id -> BigInt,
        group_id -> BigInt,
        reference -> Nullable<Text>,
        state -> Text,
        title -> Text,
        summary -> Text,
        amount_requested_pence -> Nullable<BigInt>,
        purpose -> Text,
        video_url -> Text,
        need -> Text,
        reach -> Text,
        impact -> Text,
        assisted_by -> Nullable<BigInt>,
        created_by -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        submitted_at -> Nullable<Timestamp>,
        returned_at -> Nullable<Timestamp>,
        return_note -> Text,
        confirmed_by_group_at -> Nullable<Timestamp>,
        version -> Integer,
        decision_note -> Text,
        language -> Text,
        language_other -> Text,
        closing_week_reminder_at -> Nullable<Timestamp>,
        closing_day_reminder_at -> Nullable<Timestamp>,
        closed_unsent_notice_at -> Nullable<Timestamp>,
        recording_covers -> Text,
        serves_elsewhere -> Bool,
    }
}

diesel::table! {
    bid_translations (bid_id) {
        bid_id -> BigInt,
        text -> Text,
        translated_by -> BigInt,
        translated_at -> Timestamp,
    }
}

diesel::table! {
    bid_eligibility_answers (bid_id, question_id) {
        bid_id -> BigInt,
        question_id -> BigInt,
        answer -> Text,
        question_text -> Text,
    }
}

diesel::table! {
    bid_files (id) {
        id -> BigInt,
        bid_id -> BigInt,
        kind -> Text,
        storage_key -> Text,
        filename -> Text,
        content_type -> Text,
        size_bytes -> BigInt,
        uploaded_by -> BigInt,
        uploaded_at -> Timestamp,
        deleted_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    reference_counters (year) {
        year -> Integer,
        last_number -> Integer,
    }
}

diesel::table! {
    bid_sent_profiles (bid_id) {
        bid_id -> BigInt,
        group_kind -> Text,
        area -> Text,
        leadership_status -> Text,
        leadership_codes -> Text,
        beneficiaries_status -> Text,
        beneficiaries_codes -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    group_words (id) {
        id -> BigInt,
        bid_id -> BigInt,
        purpose -> Text,
        channel -> Text,
        asked_by -> BigInt,
        contact_name -> Text,
        contact_email -> Text,
        token_hash -> Nullable<Text>,
        created_at -> Timestamp,
        given_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    bid_confirmations (id) {
        id -> BigInt,
        bid_id -> BigInt,
        email -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        confirmed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    form_drafts (id) {
        id -> BigInt,
        token_hash -> Text,
        path -> Text,
        fields -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    panel_assignments (id) {
        id -> BigInt,
        bid_id -> BigInt,
        panel_member_id -> BigInt,
        assigned_by -> Nullable<BigInt>,
        assigned_at -> Timestamp,
        conflict_declared_at -> Nullable<Timestamp>,
        conflict_note -> Text,
    }
}

diesel::table! {
    reviews (id) {
        id -> BigInt,
        bid_id -> BigInt,
        reviewer_id -> BigInt,
        comment -> Text,
        recommendation -> Nullable<Text>,
        watched -> Bool,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        submitted_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    review_scores (id) {
        id -> BigInt,
        review_id -> BigInt,
        criterion_id -> BigInt,
        score -> Integer,
    }
}

diesel::table! {
    awards (id) {
        id -> BigInt,
        bid_id -> BigInt,
        amount_pence -> BigInt,
        conditions -> Text,
        message -> Text,
        decided_by -> BigInt,
        decided_at -> Timestamp,
        payment_plan -> Text,
        report_due_on -> Nullable<Date>,
        accepted_at -> Nullable<Timestamp>,
        accepted_by -> Nullable<BigInt>,
        accepted_name -> Text,
        public_consent -> Bool,
        reminder_before_sent_at -> Nullable<Timestamp>,
        reminder_after_sent_at -> Nullable<Timestamp>,
        closed_at -> Nullable<Timestamp>,
        equality_consent -> Bool,
        accept_by_on -> Nullable<Date>,
        paid_through -> Text,
    }
}

diesel::table! {
    payments (id) {
        id -> BigInt,
        award_id -> BigInt,
        amount_pence -> BigInt,
        paid_on -> Date,
        reference -> Text,
        recorded_by -> BigInt,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    grant_reports (id) {
        id -> BigInt,
        bid_id -> BigInt,
        people_reached -> Integer,
        activities -> Integer,
        story -> Text,
        video_url -> Text,
        recording_key -> Nullable<Text>,
        recording_type -> Nullable<Text>,
        recording_size -> Nullable<BigInt>,
        spent_as_planned -> Bool,
        explanation -> Text,
        submitted_by -> BigInt,
        submitted_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    decision_reasons (bid_id) {
        bid_id -> BigInt,
        decision -> Text,
        position -> Text,
        reason -> Text,
        decided_by -> BigInt,
        decided_at -> Timestamp,
    }
}

diesel::table! {
    programme_areas (id) {
        id -> BigInt,
        programme_id -> BigInt,
        name -> Text,
        kind -> Text,
        postcodes -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    bid_areas (bid_id, area_id) {
        bid_id -> BigInt,
        area_id -> BigInt,
    }
}

diesel::table! {
    area_mappings (programme_id, free_text) {
        programme_id -> BigInt,
        free_text -> Text,
        area_id -> BigInt,
    }
}

diesel::table! {
    round_reservations (id) {
        id -> BigInt,
        round_id -> BigInt,
        dei_code -> Text,
        amount_pence -> Nullable<BigInt>,
        percent -> Nullable<Integer>,
        created_by -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    round_invitations (id) {
        id -> BigInt,
        round_id -> BigInt,
        group_id -> BigInt,
        invited_by -> BigInt,
        invited_at -> Timestamp,
    }
}

diesel::table! {
    directory_categories (id) {
        id -> BigInt,
        slug -> Text,
        name -> Text,
        position -> Integer,
    }
}

diesel::table! {
    directory_listings (id) {
        id -> BigInt,
        group_id -> BigInt,
        status -> Text,
        name -> Text,
        description -> Text,
        schedule -> Text,
        weekday -> Nullable<Integer>,
        starts_at -> Text,
        ends_at -> Text,
        schedule_note -> Text,
        venue_name -> Text,
        address -> Text,
        postcode -> Text,
        online -> Bool,
        by_phone -> Bool,
        ages -> Text,
        communities -> Text,
        languages -> Text,
        free -> Bool,
        cost_note -> Text,
        how_to_join -> Text,
        accessibility -> Text,
        contact_name -> Text,
        contact_email -> Text,
        contact_phone -> Text,
        website -> Text,
        confirmed_at -> Timestamp,
        stale_notice_sent_at -> Nullable<Timestamp>,
        language -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        search_body -> Text,
    }
}

diesel::table! {
    directory_listing_categories (listing_id, category_id) {
        listing_id -> BigInt,
        category_id -> BigInt,
    }
}

diesel::table! {
    tracker_items (id) {
        id -> BigInt,
        programme_id -> BigInt,
        round_id -> Nullable<BigInt>,
        title -> Text,
        aim -> Text,
        can_influence -> Text,
        cannot_influence -> Text,
        status -> Text,
        starts_on -> Nullable<Date>,
        decide_by -> Nullable<Date>,
        how_to_take_part -> Text,
        decision -> Text,
        you_said_we_did -> Text,
        views_summary -> Text,
        decided_on -> Nullable<Date>,
        created_by -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    tracker_views (id) {
        id -> BigInt,
        item_id -> BigInt,
        person_id -> BigInt,
        body -> Text,
        created_at -> Timestamp,
        answer -> Text,
        answered_by -> Nullable<BigInt>,
        answered_at -> Nullable<Timestamp>,
        safeguarding_flagged_at -> Nullable<Timestamp>,
        safeguarding_flagged_by -> Nullable<BigInt>,
    }
}

diesel::joinable!(role_grants -> programmes (programme_id));
diesel::joinable!(directory_listings -> community_groups (group_id));
diesel::joinable!(directory_listing_categories -> directory_listings (listing_id));
diesel::joinable!(directory_listing_categories -> directory_categories (category_id));
diesel::joinable!(bid_areas -> bids (bid_id));
diesel::joinable!(bid_areas -> programme_areas (area_id));
diesel::joinable!(programme_areas -> programmes (programme_id));
diesel::joinable!(round_reservations -> rounds (round_id));
diesel::joinable!(round_invitations -> rounds (round_id));
diesel::joinable!(tracker_items -> programmes (programme_id));
diesel::joinable!(tracker_views -> tracker_items (item_id));
diesel::joinable!(tracker_views -> people (person_id));
diesel::joinable!(round_invitations -> community_groups (group_id));
diesel::joinable!(decision_reasons -> bids (bid_id));
diesel::joinable!(bid_sent_profiles -> bids (bid_id));
diesel::joinable!(sessions -> people (person_id));
diesel::joinable!(second_factors -> people (person_id));
diesel::joinable!(recovery_codes -> people (person_id));
diesel::joinable!(account_tokens -> people (person_id));
diesel::joinable!(sign_in_links -> people (person_id));
diesel::joinable!(pots -> programmes (programme_id));
diesel::joinable!(rounds -> pots (pot_id));
diesel::joinable!(round_criteria -> rounds (round_id));
diesel::joinable!(round_eligibility_questions -> rounds (round_id));
diesel::joinable!(group_members -> community_groups (group_id));
diesel::joinable!(bids -> rounds (round_id));
diesel::joinable!(bids -> community_groups (group_id));
diesel::joinable!(bid_files -> bids (bid_id));
diesel::joinable!(bid_translations -> bids (bid_id));
diesel::joinable!(bid_eligibility_answers -> bids (bid_id));
diesel::joinable!(panel_assignments -> bids (bid_id));
diesel::joinable!(reviews -> bids (bid_id));
diesel::joinable!(review_scores -> reviews (review_id));
diesel::joinable!(awards -> bids (bid_id));
diesel::joinable!(payments -> awards (award_id));
diesel::table! {
    programme_measures (id) {
        id -> BigInt,
        programme_id -> BigInt,
        position -> Integer,
        wording -> Text,
        kind -> Text,
        national -> Text,
        national_other -> Text,
        retired_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    report_answers (id) {
        id -> BigInt,
        report_id -> BigInt,
        measure_id -> BigInt,
        position -> Integer,
        wording -> Text,
        kind -> Text,
        national -> Text,
        national_other -> Text,
        number_answer -> Nullable<BigInt>,
        yes_answer -> Nullable<Bool>,
        words_answer -> Text,
    }
}

diesel::joinable!(grant_reports -> bids (bid_id));
diesel::joinable!(report_answers -> grant_reports (report_id));
diesel::joinable!(programme_measures -> programmes (programme_id));

diesel::table! {
    involvement_budgets (id) {
        id -> BigInt,
        programme_id -> BigInt,
        financial_year -> Integer,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    involvement_payments (id) {
        id -> BigInt,
        programme_id -> BigInt,
        financial_year -> Integer,
        source -> Text,
        budget_id -> Nullable<BigInt>,
        pot_id -> Nullable<BigInt>,
        pot_entry_id -> Nullable<BigInt>,
        kind -> Text,
        person_id -> Nullable<BigInt>,
        group_name -> Nullable<Text>,
        help_cost -> Nullable<Text>,
        round_id -> Nullable<BigInt>,
        what_for -> Text,
        amount_pence -> BigInt,
        paid_on -> Date,
        how_paid -> Text,
        note -> Text,
        declined_before -> Bool,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    involvement_entries (id) {
        id -> BigInt,
        budget_id -> BigInt,
        kind -> Text,
        amount_pence -> BigInt,
        payment_id -> Nullable<BigInt>,
        reason -> Nullable<Text>,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    involvement_choices (id) {
        id -> BigInt,
        person_id -> BigInt,
        programme_id -> BigInt,
        choice -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    bank_details (id) {
        id -> BigInt,
        group_id -> BigInt,
        sealed -> Text,
        account_ending -> Text,
        fingerprint -> Text,
        entered_by -> BigInt,
        entered_at -> Timestamp,
        confirmed_by -> Nullable<BigInt>,
        confirmed_at -> Nullable<Timestamp>,
        call_back_note -> Text,
        disputed_by -> Nullable<BigInt>,
        disputed_at -> Nullable<Timestamp>,
        replaced_at -> Nullable<Timestamp>,
        host_id -> Nullable<BigInt>,
    }
}

diesel::joinable!(bank_details -> community_groups (group_id));

diesel::table! {
    group_hosts (id) {
        id -> BigInt,
        group_id -> BigInt,
        name -> Text,
        charity_number -> Text,
        contact_name -> Text,
        contact_email -> Text,
        token_hash -> Text,
        requested_by -> BigInt,
        requested_at -> Timestamp,
        confirmed_at -> Nullable<Timestamp>,
        confirmed_name -> Text,
        declined_at -> Nullable<Timestamp>,
        ended_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(group_hosts -> community_groups (group_id));

diesel::table! {
    award_instalments (id) {
        id -> BigInt,
        award_id -> BigInt,
        amount_pence -> BigInt,
        due_on -> Date,
        created_by -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::joinable!(award_instalments -> awards (award_id));

diesel::table! {
    payment_runs (id) {
        id -> BigInt,
        programme_id -> BigInt,
        created_by -> BigInt,
        created_at -> Timestamp,
        paid_on -> Nullable<Date>,
        paid_by -> Nullable<BigInt>,
        paid_at -> Nullable<Timestamp>,
        cancelled_by -> Nullable<BigInt>,
        cancelled_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    payment_run_items (id) {
        id -> BigInt,
        run_id -> BigInt,
        award_id -> BigInt,
        bank_details_id -> BigInt,
        amount_pence -> BigInt,
    }
}

diesel::joinable!(payment_run_items -> payment_runs (run_id));
diesel::joinable!(payment_run_items -> awards (award_id));
diesel::joinable!(payment_run_items -> bank_details (bank_details_id));

diesel::table! {
    payment_file_layouts (id) {
        id -> BigInt,
        columns_json -> Text,
        changed_by -> BigInt,
        changed_at -> Timestamp,
    }
}

diesel::allow_tables_to_appear_in_same_query!(
    change_count,
    tracker_items,
    tracker_views,
    outbox_emails,
    audit_events,
    programmes,
    site_notices,
    people,
    role_grants,
    sessions,
    second_factors,
    recovery_codes,
    account_tokens,
    sign_in_failures,
    sign_in_links,
    email_requests,
    pots,
    rounds,
    round_criteria,
    round_eligibility_questions,
    ledger_entries,
    involvement_budgets,
    involvement_payments,
    involvement_entries,
    involvement_choices,
    community_groups,
    bank_details,
    group_hosts,
    award_instalments,
    payment_runs,
    payment_run_items,
    payment_file_layouts,
    group_members,
    group_invitations,
    group_equality,
    bids,
    bid_files,
    bid_translations,
    bid_eligibility_answers,
    reference_counters,
    bid_confirmations,
    group_words,
    bid_sent_profiles,
    form_drafts,
    panel_assignments,
    reviews,
    review_scores,
    awards,
    payments,
    grant_reports,
    decision_reasons,
    programme_areas,
    bid_areas,
    area_mappings,
    round_reservations,
    round_invitations,
    directory_categories,
    directory_listings,
    directory_listing_categories,
    programme_measures,
    report_answers,
);

// The ranking groups review scores by bid and criterion at once.
diesel::allow_columns_to_appear_in_same_group_by_clause!(reviews::bid_id, review_scores::criterion_id);

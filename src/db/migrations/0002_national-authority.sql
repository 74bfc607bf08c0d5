-- domain.md §1: the national authority (in 2011 the Agency for Religious Affairs, which sets the annex 9
-- values, §19) is not in the seed's directory but is an organisation all the same: it exists from the
-- start, so the first administrator of a new installation can be created (`tirkeu user add --org AGENCY`).
INSERT INTO organisations (code, kind, region_code, name_kk, name_ru, name_en, time_zone)
VALUES ('AGENCY', 'agency', NULL, 'Дін істері агенттігі', 'Агентство по делам религий', 'Agency for Religious Affairs', 'Asia/Almaty')
ON CONFLICT (code) DO NOTHING;

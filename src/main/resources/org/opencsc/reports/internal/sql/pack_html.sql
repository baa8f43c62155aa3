select html from board_pack where pack_id = :pack_id
